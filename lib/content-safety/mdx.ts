// Content is data: the rules an MDX body must pass before any of it is
// compiled. One list, used twice: by content:check (scripts/content/check/
// mdx-body.ts) and by the MDX compile step itself (remark-content-safety.ts in
// Contentlayer's config), so that `contentlayer2 build`, `next build` and
// `npm run dev` refuse the same files even when the checker is skipped.
//   - no import/export; expressions only comments or literal values (literal.ts)
//   - HTML elements and attributes from the allowlists of lib/mdx-registry.ts,
//     components only with the props the registry lists, no spread {...x}
//   - every address allowed by urls.ts
//   - limits that keep the build fast (limits.ts)
import { GLOBAL_HTML_ATTRIBUTES, htmlElements, mdxComponentNames, mdxComponentSpec, URL_ATTRIBUTES } from '../mdx-registry';
import { isLiteral, literalStrings, literalValue, programExpression } from './literal';
import { isAllowedUrl, urlFinding } from './urls';

export type SafetyRule = 'mdx-import' | 'mdx-expression' | 'embed-blocked' | 'html-element' | 'html-attribute' | 'url-scheme' | 'too-large';

export interface SafetyFinding {
  line: number;
  rule: SafetyRule;
  message: string;
  fix: string;
  zh: { message: string; fix: string };
}

export interface SafetyOptions {
  /**
   * 'check': content:check, whose own rules already report unknown components,
   * unknown props of registered components, and the href=/src= links and
   * Markdown links (with suggestions); 'compile': everything here.
   */
  mode: 'check' | 'compile';
}

type Node = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Elements refused with the reason "the site does not embed or run": the message authors know from before. */
const EMBEDS = new Set(['iframe', 'script', 'style', 'embed', 'object', 'video', 'audio', 'form', 'link', 'meta']);

export function mdxSafetyFindings(tree: Node, options: SafetyOptions): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  const visit = (node: Node) => {
    checkNode(node, options, findings);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

const lineOf = (node: Node, fallback = 1): number => node.position?.start?.line ?? fallback;

function checkNode(node: Node, options: SafetyOptions, out: SafetyFinding[]) {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm':
      // Without a position it was not written in the file: mdx-bundler's `export const frontmatter`.
      if (!node.position) break;
      out.push({
        line,
        rule: 'mdx-import',
        message: 'import/export is not allowed in content',
        fix: 'remove it: every component in content/guide/reference.md is available without an import',
        zh: { message: '内容里不能写 import/export', fix: '删掉它：content/guide/reference.md 里的组件都不需要 import 就能用' },
      });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      checkExpression(node, line, out);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, line, options, out);
      break;
    case 'link':
    case 'image':
    case 'definition':
      if (options.mode === 'compile' && typeof node.url === 'string' && !isAllowedUrl(node.url))
        out.push({ line, rule: 'url-scheme', ...urlFinding(node.url, node.type === 'image' ? 'image' : 'link') });
      break;
  }
}

/** {…} in the text: a comment or a literal; anything else is code. */
function checkExpression(node: Node, line: number, out: SafetyFinding[]) {
  const expr = programExpression(node.data?.estree);
  if (expr === null || isLiteral(expr)) return;
  if (expr === undefined && /^\s*$/.test(node.value ?? '')) return;
  if (expr?.type === 'Identifier') {
    out.push({
      line,
      rule: 'mdx-expression',
      message: `{${expr.name}} is code, and "${expr.name}" is not defined`,
      fix: `to show braces as text, write \\{${expr.name}\\}; comments are written {/* … */}`,
      zh: {
        message: `{${expr.name}} 是代码，而 "${expr.name}" 没有定义`,
        fix: `要把花括号当文字显示，写 \\{${expr.name}\\}；注释写作 {/* … */}`,
      },
    });
    return;
  }
  const jsx = expr?.type === 'JSXElement' || expr?.type === 'JSXFragment';
  out.push({
    line,
    rule: 'mdx-expression',
    message: jsx
      ? 'an element inside braces {<…>} is code, which content may not hold'
      : `{${shorten(node.value)}} is code (names, calls, member access, JSX); content may only hold text and literal values`,
    fix: jsx
      ? 'write the element without the braces, e.g. <Callout kind="tip">…</Callout>'
      : 'write the text itself; to show braces as text, write \\{ and \\}; comments are written {/* … */}',
    zh: {
      message: jsx
        ? '花括号里的元素 {<…>} 是代码，内容里不能有代码'
        : `{${shorten(node.value)}} 是代码（名字、调用、成员访问、JSX）；内容里只能有文字和字面值`,
      fix: jsx
        ? '去掉花括号直接写元素，例如 <Callout kind="tip">…</Callout>'
        : '直接写文字；要显示花括号本身，写 \\{ 和 \\}；注释写作 {/* … */}',
    },
  });
}

const shorten = (s: unknown) => {
  const text = String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

function checkElement(node: Node, line: number, options: SafetyOptions, out: SafetyFinding[]) {
  const name: string | null = node.name;
  if (!name) return; // <>…</>
  const spec = mdxComponentSpec(name);
  const html = Object.hasOwn(htmlElements, name) ? htmlElements[name] : undefined;
  // An unknown <Name>: MDX looks it up among the registry's components only, so the name cannot reach
  // code; rendering fails with a message the dev preview shows, and content:check names it with a guess
  // (components.ts). Not refused while compiling, so that `npm run dev` keeps serving the other pages;
  // its attributes are still checked for code and addresses below.
  const unknownComponent = !spec && !html && /^[A-Z]/.test(name) && !/[.:]/.test(name);
  if (!spec && !html && !unknownComponent) {
    // A component written in lowercase: content:check says so itself.
    if (options.mode === 'check' && mdxComponentNames.some((c) => c.toLowerCase() === name.toLowerCase())) return;
    out.push(elementFinding(name, line));
    return;
  }
  // content:check reports unknown props of a registered component itself, with a guess.
  const allowed = spec ? (spec.props ? Object.keys(spec.props) : []) : [...GLOBAL_HTML_ATTRIBUTES, ...(html ?? [])];
  const namesChecked = !unknownComponent && !(spec?.props && options.mode === 'check');
  const linkProps = new Set(spec?.props ? Object.entries(spec.props).flatMap(([k, p]) => (p.type === 'link' ? [k] : [])) : URL_ATTRIBUTES);
  for (const attr of node.attributes ?? []) {
    const at = lineOf(attr, line);
    if (attr.type === 'mdxJsxExpressionAttribute') {
      out.push({
        line: at,
        rule: 'mdx-expression',
        message: `<${name} {${shorten(attr.value)}}>: a spread attribute is code`,
        fix: 'write each attribute by name, e.g. title="…"',
        zh: { message: `<${name} {${shorten(attr.value)}}>：展开属性是代码`, fix: '逐个写出属性，例如 title="…"' },
      });
      continue;
    }
    if (namesChecked && !allowed.includes(attr.name)) {
      out.push(attributeFinding(name, attr.name, allowed, at, !!spec));
      continue;
    }
    let value: unknown = attr.value;
    if (attr.value && typeof attr.value === 'object') {
      const expr = programExpression(attr.value.data?.estree);
      if (!isLiteral(expr)) {
        out.push({
          line: at,
          rule: 'mdx-expression',
          message: `<${name} ${attr.name}={${shorten(attr.value.value)}}>: an attribute written in braces may only be a literal value`,
          fix: `write text in quotes (${attr.name}="…"), a number or list in braces (${attr.name}={3}, ${attr.name}={['a', 'b']})`,
          zh: {
            message: `<${name} ${attr.name}={${shorten(attr.value.value)}}>：写在花括号里的属性只能是字面值`,
            fix: `文字写在引号里（${attr.name}="…"），数字或列表写在花括号里（${attr.name}={3}、${attr.name}={['a', 'b']}）`,
          },
        });
        continue;
      }
      value = literalValue(expr);
    }
    const urlChecked = options.mode === 'compile' || (attr.name !== 'href' && attr.name !== 'src');
    if (urlChecked && linkProps.has(attr.name))
      for (const url of literalStrings(value))
        if (!isAllowedUrl(url)) out.push({ line: at, rule: 'url-scheme', ...urlFinding(url, `<${name} ${attr.name}>`) });
  }
}

function elementFinding(name: string, line: number): SafetyFinding {
  if (EMBEDS.has(name))
    return {
      line,
      rule: 'embed-blocked',
      message: `<${name}> is not allowed: the site does not embed content from other sites or run scripts`,
      fix: 'link to it instead, e.g. <LinkCard href="https://…" title="…" kind="talk" /> for a video',
      zh: {
        message: `不能使用 <${name}>：本站不嵌入其他网站的内容，也不运行脚本`,
        fix: '改为链接过去，例如视频写 <LinkCard href="https://…" title="…" kind="talk" />',
      },
    };
  const list = Object.keys(htmlElements).join(', ');
  return {
    line,
    rule: 'html-element',
    message: `<${name}> is not an element content may use`,
    fix: `use Markdown, a component from content/guide/reference.md, or one of these HTML elements: ${list}`,
    zh: { message: `内容里不能使用 <${name}>`, fix: `改用 Markdown、content/guide/reference.md 里的组件，或以下 HTML 元素之一：${list}` },
  };
}

function attributeFinding(name: string, attr: string, allowed: string[], line: number, component: boolean): SafetyFinding {
  const list = allowed.length ? allowed.join(', ') : component ? 'none' : '';
  return {
    line,
    rule: 'html-attribute',
    message: `<${name} ${attr}>: ${attr} is not allowed on <${name}>`,
    fix: allowed.length ? `remove it; <${name}> takes ${list}` : `remove it; write <${name}> without attributes`,
    zh: {
      message: `<${name} ${attr}>：<${name}> 上不能用 ${attr}`,
      fix: allowed.length ? `删掉它；<${name}> 可用的属性有 ${list}` : `删掉它；<${name}> 不带属性`,
    },
  };
}
