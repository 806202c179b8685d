// The authors' field and component reference (content/guide/reference.md),
// rendered from the content model and the MDX registry so that it cannot drift
// from them. Pure: `npm run docs:reference` writes it, a unit test compares.
import type { ContentModel, FieldSpec } from '../check/model';
import type { MdxComponentSpec, PropSpec } from '../../../lib/mdx-registry';

export const REFERENCE_FILE = 'content/guide/reference.md';

const code = (s: string) => `\`${s}\``;
// `<h1>` in a description is text, not HTML, in the rendered Markdown.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

function kindOf(f: FieldSpec): string {
  switch (f.kind) {
    case 'string':
      return 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'date':
      return 'date, YYYY-MM-DD';
    case 'enum':
      return `one of ${(f.options ?? []).map(code).join(', ')}`;
    case 'list':
      return f.of?.kind === 'nested' ? 'list of items with the sub-fields below' : `list of ${kindOf(f.of!)}`;
    case 'nested':
      return `sub-fields ${Object.keys(f.fields ?? {})
        .map((k) => code(`${k}:`))
        .join(', ')}`;
    default:
      return f.kind;
  }
}

function fieldRows(name: string, f: FieldSpec, parent?: string): string[] {
  const label = parent ? `${code(parent)} › ${code(`${name}:`)}` : code(name);
  const rows = [`| ${f.required ? `**${label}**` : label} | ${cell(kindOf(f))} | ${cell(f.description ?? '')} |`];
  const subs = f.kind === 'list' ? f.of?.fields : f.kind === 'nested' ? f.fields : undefined;
  // A nested value whose sub-fields are the two languages says so in its kind; others get a row each.
  if (subs && !(f.kind === 'nested' && Object.keys(subs).join() === 'zh,en'))
    for (const [sub, spec] of Object.entries(subs)) rows.push(...fieldRows(sub, spec, name));
  return rows;
}

/** `*\/case-studies/*.mdx` → `content/{zh,en}/case-studies/<slug>.mdx`. */
function where(contentDir: string, pattern: string): string {
  const file = pattern.replace(/^\*\//, '{zh,en}/').replace(/\*(?=\.)/, '<slug>');
  return code(`${contentDir}/${file}`);
}

function propValues(p: PropSpec): string {
  const req = p.required ? '**required**: ' : '';
  switch (p.type) {
    case 'enum':
      return `${req}one of ${p.options.map(code).join(', ')}`;
    case 'number':
      return `${req}a number in braces, e.g. ${code('{3}')}`;
    case 'link':
      return `${req}${code('https://…')} or a page of this site (${code('/en/resources')})`;
    case 'expression':
      return `${req}a value in braces`;
    case 'case-study-slugs':
      return `${req}case-study slugs in braces, e.g. ${code("{['shopify-merlin', 'spotify']}")}`;
    default:
      return `${req}text in double quotes`;
  }
}

export function renderReference(model: ContentModel, registry: Readonly<Record<string, MdxComponentSpec>>): string {
  const out = [
    '<!-- Written by `npm run docs:reference` from lib/content-model.ts and lib/mdx-registry.ts: edit those, then run it. -->',
    '',
    '# Fields and components: the reference · 字段与组件参考',
    '',
    'Every frontmatter field of every kind of page, and every component with its props, as the',
    'code defines them. Required fields are **bold**; `npm run content:check` enforces all of it.',
    '',
    '[← The authoring guide](../README.md) · how to write a field: [Add or edit a page](edit-a-page.md#a-page-file-frontmatter-and-text--页面文件) · examples and pictures of the components: [Use a component](components.md)',
    '',
    '## Fields',
  ];
  // Fields every MDX type shares, alike, are listed once.
  const mdxTypes = model.documentTypes.filter((t) => t.contentType === 'mdx');
  const shared = Object.keys(mdxTypes[0]?.fields ?? {}).filter((name) =>
    mdxTypes.every((t) => JSON.stringify(t.fields[name]) === JSON.stringify(mdxTypes[0].fields[name])),
  );
  const table = (fields: [string, FieldSpec][]) => [
    '| Field | Value | What it is |',
    '| --- | --- | --- |',
    ...fields.flatMap(([name, f]) => fieldRows(name, f)),
  ];
  if (mdxTypes.length > 1 && shared.length) {
    out.push('', `### Every page (${mdxTypes.map((t) => t.name).join(', ')})`, '');
    out.push(...table(shared.map((name) => [name, mdxTypes[0].fields[name]])));
    const computed = mdxTypes[0].computed;
    out.push('', `Never in the frontmatter (taken from the file's name and folder): ${computed.map(code).join(', ')}.`);
  }
  for (const type of model.documentTypes) {
    const own = Object.entries(type.fields).filter(([name]) => !(type.contentType === 'mdx' && shared.includes(name)));
    out.push('', `### ${type.name} · ${where(model.contentDirPath, type.filePathPattern)}`, '');
    if (type.contentType === 'mdx' && shared.length) out.push(`The fields of every page above, and:`, '');
    out.push(...table(own));
  }
  out.push('', '## Components', '');
  out.push('Write a component exactly as shown in [Use a component](components.md); no `import` is needed.');
  for (const [name, spec] of Object.entries(registry)) {
    out.push('', `### ${code(`<${name}>`)}`, '', `${spec.summary}. Defined in ${code(spec.file)}.`);
    const props = Object.entries(spec.props ?? {});
    if (!spec.props) out.push('', 'Takes no props; write it as ' + code(`<${name} />`) + '.');
    else if (props.length === 0) out.push('', 'No props.');
    else {
      out.push('', '| Prop | Values |', '| --- | --- |');
      for (const [prop, p] of props) out.push(`| ${code(prop)} | ${cell(propValues(p))} |`);
    }
  }
  return out.join('\n') + '\n';
}
