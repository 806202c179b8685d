// What an MDX expression may be: a literal value. Strings, numbers, booleans,
// null, template strings without ${…}, and arrays and objects of those. No
// names, calls, member access, JSX, spreads, getters, computed keys or
// regular expressions: nothing that can reach code or the build's process.
type Estree = { type: string; [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The one expression of an MDX expression's program; null for a comment-only {/* … *\/}; undefined when it is not one expression. */
export function programExpression(program: Estree | undefined): Estree | null | undefined {
  if (!program || program.type !== 'Program') return undefined;
  if (program.body.length === 0) return null;
  const [statement] = program.body;
  return program.body.length === 1 && statement.type === 'ExpressionStatement' ? statement.expression : undefined;
}

export function isLiteral(node: Estree | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !node.regex && typeof node.value !== 'bigint';
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return (
        (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number'
      );
    case 'ArrayExpression':
      return node.elements.every((e: Estree | null) => e !== null && isLiteral(e));
    case 'ObjectExpression':
      return node.properties.every(
        (p: Estree) =>
          p.type === 'Property' &&
          p.kind === 'init' &&
          !p.computed &&
          !p.method &&
          !p.shorthand &&
          (p.key.type === 'Identifier' || p.key.type === 'Literal') &&
          isLiteral(p.value),
      );
    default:
      return false;
  }
}

/** The plain value of a literal (isLiteral), e.g. for an attribute's URL or a prop's enum; undefined otherwise. */
export function literalValue(node: Estree | null | undefined): unknown {
  if (!node || !isLiteral(node)) return undefined;
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.quasis.map((q: Estree) => q.value.cooked).join('');
    case 'UnaryExpression':
      return node.operator === '-' ? -node.argument.value : node.argument.value;
    case 'ArrayExpression':
      return node.elements.map(literalValue);
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((p: Estree) => [p.key.type === 'Identifier' ? p.key.name : String(p.key.value), literalValue(p.value)]),
      );
  }
}

/** Every string inside a literal value (to check addresses written in arrays and objects too). */
export function literalStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(literalStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(literalStrings);
  return [];
}
