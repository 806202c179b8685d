// The MDX body of a page: parsed with the same remark plugins as the site;
// syntax errors in plain words; headings, links and images collected for the
// cross-check; imports, a second h1 and undefined {names} reported;
// components and HTML elements checked by components.ts.
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkElement } from './components';
import type { Doc } from './document';
import type { AnyRecord } from './model';
import { addNumbers } from './parity';
import type { Report } from './problems';

const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** `blanked`: the file with its frontmatter lines emptied, so that positions are file lines. */
export function checkBody(report: Report, doc: Doc, blanked: string, componentNames: Set<string>) {
  const tree = parseMdx(report, doc.file, blanked);
  if (!tree) return;
  const slugger = new GithubSlugger();
  const visit = (node: AnyRecord) => {
    visitNode(report, doc, node, slugger, componentNames);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

function parseMdx(report: Report, file: string, blanked: string): AnyRecord | undefined {
  try {
    return mdxProcessor.parse(blanked) as AnyRecord;
  } catch (error) {
    const e = error as AnyRecord;
    const full = String(e.reason ?? e.message);
    const at = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(full);
    const line = e.place?.start?.line ?? e.place?.line ?? e.line ?? (at ? Number(at[1]) : 1);
    const reason = full.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, '');
    report.error(file, line, 'mdx-syntax', `MDX syntax error: ${mdxErrorWhat(reason).en}`, mdxErrorFix(reason).en, {
      message: `MDX 语法错误：${mdxErrorWhat(reason).zh}`,
      fix: mdxErrorFix(reason).zh,
    });
    return undefined;
  }
}

function visitNode(report: Report, doc: Doc, node: AnyRecord, slugger: GithubSlugger, componentNames: Set<string>) {
  const { file } = doc;
  const line: number = node.position?.start?.line ?? 1;
  switch (node.type) {
    case 'heading':
      doc.headingIds.add(slugger.slug(mdastText(node)));
      doc.parity?.headings.push(line);
      if (node.depth === 1)
        report.error(
          file,
          line,
          'heading-h1',
          'a level-1 heading (# …) in the text',
          'the title is already the page heading; start sections with ## (and subsections with ###)',
          { message: '正文里有一级标题（# …）', fix: 'title 已经是页面的标题；小节用 ## 开头（子小节用 ###）' },
        );
      break;
    case 'link':
    case 'definition':
      doc.links.push({ href: node.url, line, image: false, via: 'link' });
      break;
    case 'image':
      doc.links.push({ href: node.url, line, image: true, alt: node.alt ?? '', via: 'image' });
      break;
    case 'mdxjsEsm':
      report.error(
        file,
        line,
        'mdx-import',
        'import/export is not allowed in content',
        'remove it: every component in content/guide/reference.md is available without an import',
        { message: '内容里不能写 import/export', fix: '删掉它：content/guide/reference.md 里的组件都不需要 import 就能用' },
      );
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      checkExpression(report, file, node, line);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(report, doc, node, line, componentNames);
      collectElementFacts(doc, node, line);
      break;
    case 'text':
    case 'inlineCode':
      if (doc.parity) addNumbers(doc.parity, node.value, line);
      break;
  }
}

/** For translation parity: the component, and the numbers in its attributes (text or code). */
function collectElementFacts(doc: Doc, node: AnyRecord, line: number) {
  if (!doc.parity) return;
  if (/^[A-Z]/.test(node.name ?? '')) doc.parity.components.push({ name: node.name, line });
  for (const attr of node.attributes ?? []) {
    const value = typeof attr.value === 'string' ? attr.value : attr.value?.value;
    if (typeof value === 'string') addNumbers(doc.parity, value, attr.position?.start?.line ?? line);
  }
}

/** {price}: a bare name is code that fails at build time; the author meant braces as text. */
function checkExpression(report: Report, file: string, node: AnyRecord, line: number) {
  const expr = node.data?.estree?.body?.[0]?.expression;
  if (expr?.type === 'Identifier') {
    report.error(
      file,
      line,
      'mdx-expression',
      `{${expr.name}} is code, and "${expr.name}" is not defined`,
      `to show braces as text, write \\{${expr.name}\\}; comments are written {/* … */}`,
      {
        message: `{${expr.name}} 是代码，而 "${expr.name}" 没有定义`,
        fix: `要把花括号当文字显示，写 \\{${expr.name}\\}；注释写作 {/* … */}`,
      },
    );
  }
}

function mdastText(node: AnyRecord): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(mdastText).join('');
}

/** The parser's message in plainer words (the parser's own words when there is no better one). */
type Words = { en: string; zh: string };

function mdxErrorWhat(reason: string): Words {
  if (/create a comment in MDX/.test(reason))
    return { en: 'an HTML comment <!-- … --> (not allowed in MDX)', zh: 'HTML 注释 <!-- … -->（MDX 里不能用）' };
  const closing = /Expected a closing tag for `(<[^`]+>)`/.exec(reason);
  if (closing) return { en: `${closing[1]} is opened but never closed`, zh: `${closing[1]} 开始了但没有结束` };
  const before = /Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (before)
    return {
      en: `"<" followed by "${before[1]}" is read as the start of a component`,
      zh: `"<" 后面跟着 "${before[1]}"，被当成了组件的开头`,
    };
  if (/Could not parse expression|Unexpected end of file in expression/.test(reason))
    return { en: '"{…}" is read as code, and it is not valid code', zh: '"{…}" 被当成代码，而它不是有效的代码' };
  return { en: reason, zh: `解析器报告：${reason}` };
}

function mdxErrorFix(reason: string): Words {
  if (/create a comment in MDX/.test(reason)) return { en: 'write comments as {/* … */}', zh: '注释写作 {/* … */}' };
  if (/Expected a closing tag/.test(reason))
    return {
      en: 'close the component: <Name …> … </Name>, or end it with /> when it has no content (e.g. <PillarCards />)',
      zh: '结束这个组件：<Name …> … </Name>；没有内容时用 /> 结尾（例如 <PillarCards />）',
    };
  if (/Unexpected closing (tag|slash)/.test(reason))
    return {
      en: 'this closing tag has no matching opening tag; check the spelling of both',
      zh: '这个结束标签没有对应的开始标签；检查两者的拼写',
    };
  if (/before name/.test(reason))
    return {
      en: '"<" starts a component; to show a literal "<", write \\< (or rephrase, e.g. "less than")',
      zh: '"<" 表示组件开始；要显示 "<" 本身，写 \\<（或换个说法，例如“小于”）',
    };
  if (/expression|acorn/i.test(reason))
    return { en: '"{" starts a code expression; to show a literal "{", write \\{', zh: '"{" 表示代码开始；要显示 "{" 本身，写 \\{' };
  if (/attribute value/i.test(reason))
    return {
      en: 'put attribute values in double quotes (kind="tip") or braces for numbers and lists (limit={3})',
      zh: '属性值加双引号（kind="tip"），数字和列表用花括号（limit={3}）',
    };
  return {
    en: 'check the MDX syntax here: every component needs a closing tag or />, and a literal < or { must be written \\< or \\{',
    zh: '检查这里的 MDX 语法：每个组件都要有结束标签或 />，< 和 { 本身要写成 \\< 或 \\{',
  };
}
