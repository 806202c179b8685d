// JSX elements in the MDX body: components against lib/mdx-registry.ts (known
// name, required and known props, prop values), HTML elements the site blocks,
// and the href=/src= links of any element.
import { mdxComponentSpec, type MdxComponentSpec, type PropSpec } from '../../../lib/mdx-registry';
import type { Doc } from './document';
import type { AnyRecord } from './model';
import type { Report, Translation } from './problems';
import { closest } from './text-helpers';

/** Blocked by the site's Content-Security-Policy (lib/delivery.ts), or unsafe: nothing would show. */
const BLOCKED_ELEMENTS = new Set(['iframe', 'script', 'style', 'embed', 'object', 'video', 'audio', 'form', 'link', 'meta']);

/** One element of the body, as the checks below see it. */
interface JsxElement {
  report: Report;
  doc: Doc;
  name: string;
  line: number;
  attributes: AnyRecord[];
}

export function checkElement(report: Report, doc: Doc, node: AnyRecord, line: number, componentNames: Set<string>) {
  const name: string | null = node.name;
  if (!name) return; // <>…</> fragment
  const attributes: AnyRecord[] = (node.attributes ?? []).filter((a: AnyRecord) => a.type === 'mdxJsxAttribute');
  const el: JsxElement = { report, doc, name, line, attributes };
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !componentNames.has(name)) return reportUnknownComponent(el, componentNames);
  if (!isComponent && !checkHtmlElement(el, componentNames)) return;
  collectLinks(el);
  const spec = mdxComponentSpec(name);
  if (isComponent && spec?.props) checkProps(el, spec, spec.props);
}

function reportUnknownComponent({ report, doc, name, line }: JsxElement, componentNames: Set<string>) {
  const guess = closest(name, componentNames);
  const all = [...componentNames].join(', ');
  report.error(
    doc.file,
    line,
    'component-unknown',
    `<${name}> is not a component you can use`,
    guess ? `did you mean <${guess}>? (components: ${all})` : `use one of ${all} (see content/guide/reference.md)`,
    {
      message: `<${name}> 不是可以使用的组件`,
      fix: guess ? `你是不是想写 <${guess}>？（组件：${all}）` : `改用其中之一：${all}（见 content/guide/reference.md）`,
    },
  );
}

/** A component written in lowercase, a blocked element. False when the element is blocked. */
function checkHtmlElement({ report, doc, name, line }: JsxElement, componentNames: Set<string>): boolean {
  const guess = [...componentNames].find((c) => c.toLowerCase() === name.toLowerCase());
  if (guess)
    report.error(
      doc.file,
      line,
      'component-unknown',
      `<${name}> is written in lowercase`,
      `components start with a capital letter: <${guess}>`,
      { message: `<${name}> 写成了小写`, fix: `组件名以大写字母开头：<${guess}>` },
    );
  if (BLOCKED_ELEMENTS.has(name)) {
    report.error(
      doc.file,
      line,
      'embed-blocked',
      `<${name}> is not allowed: the site does not embed content from other sites or run scripts`,
      'link to it instead, e.g. <LinkCard href="https://…" title="…" kind="talk" /> for a video',
      {
        message: `不能使用 <${name}>：本站不嵌入其他网站的内容，也不运行脚本`,
        fix: '改为链接过去，例如视频写 <LinkCard href="https://…" title="…" kind="talk" />',
      },
    );
    return false;
  }
  return true;
}

/** Links and images in JSX: href= and src= on any element. */
function collectLinks({ doc, name, line, attributes }: JsxElement) {
  const alt = attributes.find((a) => a.name === 'alt');
  const hrefLang = attributes.find((a) => a.name === 'hrefLang' || a.name === 'hreflang')?.value;
  for (const a of attributes) {
    if ((a.name === 'href' || a.name === 'src') && typeof a.value === 'string') {
      const image = a.name === 'src';
      doc.links.push({
        href: a.value,
        line,
        image,
        alt: image ? (typeof alt?.value === 'string' ? alt.value : alt ? '(expression)' : '') : undefined,
        via: `<${name} ${a.name}>`,
        hrefLang: !image && typeof hrefLang === 'string' ? hrefLang : undefined,
      });
    }
  }
}

function checkProps(el: JsxElement, spec: MdxComponentSpec, props: NonNullable<MdxComponentSpec['props']>) {
  const { report, doc, name, line, attributes } = el;
  for (const [propName, prop] of Object.entries(props)) {
    if (prop.required && !attributes.some((a) => a.name === propName)) {
      report.error(
        doc.file,
        line,
        'component-prop',
        `<${name}> needs ${propName}=`,
        `add it, e.g. ${propExample(propName, prop)}; see content/guide/reference.md`,
        { message: `<${name}> 需要 ${propName}=`, fix: `加上它，例如 ${propExample(propName, prop)}；见 content/guide/reference.md` },
      );
    }
  }
  for (const a of attributes) {
    const prop = props[a.name];
    if (prop) checkPropValue(el, a, prop);
    else reportUnknownProp(el, a.name, Object.keys(props));
  }
  // Written without props, a component may render headings of its own (<ResourceList>): valid #anchors.
  if (spec.anchors && attributes.length === 0) for (const id of spec.anchors) doc.headingIds.add(id);
}

function reportUnknownProp({ report, doc, name, line }: JsxElement, prop: string, known: string[]) {
  const guess = closest(prop, known);
  report.warn(
    doc.file,
    line,
    'component-prop',
    `<${name}> has no prop "${prop}"; it is ignored`,
    guess ? `did you mean ${guess}=?` : known.length ? `its props are ${known.join(', ')}` : `write <${name} /> without props`,
    {
      message: `<${name}> 没有属性 "${prop}"；它会被忽略`,
      fix: guess ? `你是不是想写 ${guess}=？` : known.length ? `它的属性有 ${known.join(', ')}` : `写 <${name} />，不带属性`,
    },
  );
}

function checkPropValue({ report, doc, name, line }: JsxElement, a: AnyRecord, prop: PropSpec) {
  const isExpression = a.value && typeof a.value === 'object';
  const value = isExpression ? estreeValue(a.value.data?.estree) : a.value;
  const shown = isExpression ? `{${a.value.value}}` : `"${a.value}"`;
  const error = (message: string, fix: string, zh: Translation) => report.error(doc.file, line, 'component-prop', message, fix, zh);
  switch (prop.type) {
    case 'enum':
      if (typeof value !== 'string' || !prop.options.includes(value)) {
        const guess = typeof value === 'string' ? closest(value, prop.options) : undefined;
        error(
          `<${name} ${a.name}=${shown}>: ${a.name} must be one of ${prop.options.join(', ')}`,
          guess ? `did you mean ${a.name}="${guess}"?` : `write e.g. ${a.name}="${prop.options[0]}"`,
          {
            message: `<${name} ${a.name}=${shown}>：${a.name} 必须是 ${prop.options.join(', ')} 之一`,
            fix: guess ? `你是不是想写 ${a.name}="${guess}"？` : `例如写 ${a.name}="${prop.options[0]}"`,
          },
        );
      }
      break;
    case 'number':
      if (typeof value !== 'number')
        error(
          `<${name} ${a.name}=${shown}>: ${a.name} must be a number`,
          `write it in braces: ${a.name}={${Number.isFinite(Number(value)) ? Number(value) : 3}}`,
          {
            message: `<${name} ${a.name}=${shown}>：${a.name} 必须是数字`,
            fix: `写在花括号里：${a.name}={${Number.isFinite(Number(value)) ? Number(value) : 3}}`,
          },
        );
      break;
    case 'string':
    case 'link':
      if (a.value === null || (isExpression && typeof value !== 'string'))
        error(`<${name} ${a.name}>: ${a.name} must be text`, `write ${a.name}="…"`, {
          message: `<${name} ${a.name}>：${a.name} 必须是文字`,
          fix: `写 ${a.name}="…"`,
        });
      break;
    case 'expression':
      if (!isExpression)
        error(`<${name} ${a.name}=${shown}>: ${a.name} must be written in braces`, `see the <${name}> example in content/guide/components.md`, {
          message: `<${name} ${a.name}=${shown}>：${a.name} 必须写在花括号里`,
          fix: `参照 content/guide/components.md 里 <${name}> 的示例`,
        });
      break;
    case 'case-study-slugs':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        error(
          `<${name} ${a.name}=${shown}>: ${a.name} must be a list of case-study slugs`,
          `write ${a.name}={['shopify-merlin', 'spotify']}`,
          {
            message: `<${name} ${a.name}=${shown}>：${a.name} 必须是案例 slug 的列表`,
            fix: `写 ${a.name}={['shopify-merlin', 'spotify']}`,
          },
        );
      else for (const slug of value as string[]) doc.caseStudyRefs.push({ slug, line, via: `<${name} ${a.name}>` });
      break;
  }
}

/** Plain values of simple JSX attribute expressions: 3, 'a', ['a', 'b'], { … }. */
function estreeValue(node: AnyRecord | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Program':
      return node.body.length === 1 ? estreeValue(node.body[0]) : undefined;
    case 'ExpressionStatement':
      return estreeValue(node.expression);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q: AnyRecord) => q.value.cooked).join('') : undefined;
    case 'ArrayExpression':
      return node.elements.map((e: AnyRecord) => estreeValue(e));
    case 'UnaryExpression':
      return node.operator === '-' && typeof estreeValue(node.argument) === 'number' ? -(estreeValue(node.argument) as number) : undefined;
    default:
      return undefined;
  }
}

function propExample(name: string, prop: PropSpec): string {
  switch (prop.type) {
    case 'link':
      return `${name}="/zh/resources"`;
    case 'enum':
      return `${name}="${prop.options[0]}"`;
    case 'number':
      return `${name}={3}`;
    case 'expression':
      return `${name}={[{ label: '…', value: '…' }]}`;
    case 'case-study-slugs':
      return `${name}={['spotify']}`;
    default:
      return `${name}="…"`;
  }
}
