// Content is data (issue 31): the rules of lib/content-safety/ that the MDX
// compile step runs (remark-content-safety.ts in Contentlayer's config), on the
// probes of tests/fixtures/content-untrusted/, each refused at its file:line in
// English and Chinese without content:check. tests/authoring/untrusted-content.test.ts
// runs the real `contentlayer2 build` on them; content-check-untrusted.test.ts the checker.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isLiteral, programExpression } from '@/lib/content-safety/literal';
import { LIMITS } from '@/lib/content-safety/limits';
import { compileFindings, remarkContentSafety } from '@/lib/content-safety/remark-content-safety';
import { isAllowedUrl } from '@/lib/content-safety/urls';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'tests/fixtures/content-untrusted/en', name), 'utf8');
const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).parse(text);
/** "line rule" of every finding the compile step makes on a text. */
const refused = (text: string) => compileFindings(parse(text), text).map((f) => `${f.line} ${f.rule}`);
const HAN = /[\u3400-\u9fff]/;

describe('the compile step refuses code in content, with the line', () => {
  it('a function that writes a file and reads /etc/passwd', () => {
    expect(refused(fixture('fs-write.mdx'))).toEqual(['10 mdx-expression']);
  });
  it('environment values', () => {
    expect(refused(fixture('env.mdx'))).toEqual(['8 mdx-expression', '10 mdx-expression']);
  });
  it('require() of files inside and outside the repository', () => {
    expect(refused(fixture('require.mdx'))).toEqual(['8 mdx-expression', '10 mdx-expression']);
  });
  it('dangerouslySetInnerHTML, on* handlers, spread props and props the registry does not list', () => {
    expect(refused(fixture('inner-html.mdx'))).toEqual(['8 html-attribute', '10 html-attribute', '12 mdx-expression', '14 html-attribute']);
  });
  it('<meta> in braces and as an element, <base>, style, srcSet, <title>, <form> and <input>', () => {
    expect(refused(fixture('redirect.mdx'))).toEqual([
      '8 mdx-expression',
      '10 embed-blocked',
      '12 html-element',
      '14 html-attribute',
      '16 html-attribute',
      '18 html-element',
      '20 embed-blocked',
      '20 html-element',
    ]);
  });
  it('javascript: and data: addresses, also written in braces or with a tab in the scheme', () => {
    expect(refused(fixture('script-links.mdx'))).toEqual([
      '8 url-scheme',
      '10 url-scheme',
      '12 url-scheme',
      '14 url-scheme',
      '16 url-scheme',
    ]);
  });
  it('a component name with a dot, not an unknown plain name (it resolves through the registry only)', () => {
    expect(refused('<process.mainModule />\n\n<UnknownWidget />\n\n<Unknown title={process.env.HOME} />\n')).toEqual([
      '1 html-element',
      '5 mdx-expression',
    ]);
  });
  it('an import, and an expression hidden in an attribute', () => {
    expect(refused('import fs from "node:fs"\n\n<Callout title={fs.readFileSync("/etc/passwd")}>x</Callout>\n')).toEqual([
      '1 mdx-import',
      '3 mdx-expression',
    ]);
  });
  it('a page over the size limit, too many headings, a list too long', () => {
    expect(refused('x'.repeat(LIMITS.fileBytes + 1))).toEqual(['1 too-large']);
    expect(refused('## h\n\n'.repeat(LIMITS.headings + 1))).toEqual([`${LIMITS.headings * 2 + 1} too-large`]);
    expect(refused('- item\n'.repeat(LIMITS.listItems + 1))).toEqual(['1 too-large']);
  });
  it('lets comments, literals and the components of today’s content through', () => {
    const ok = [
      '{/* a comment */}',
      "{'text'} {3} {-1} {true} {`plain`}",
      "<FactsTable items={[{ label: 'Training', value: 'Ray Train' }]} />",
      '<Callout kind="tip" title="Note">Text with [a link](https://docs.ray.io/) and [another](/en/deployment#top).</Callout>',
      '<LinkCard href="mailto:team@ray.io" title="Mail" kind="page" />',
      '<ResourceList kind="talk" limit={3} />',
      '<abbr title="Machine learning">ML</abbr> <a href="/zh" hrefLang="zh">中文</a>',
    ].join('\n\n');
    expect(refused(ok)).toEqual([]);
  });
  it('throws one error naming file:line and the fix in both languages', () => {
    const file = { value: fixture('env.mdx'), data: { rawDocumentData: { sourceFilePath: 'en/env.mdx' } } };
    const run = () => remarkContentSafety()(parse(file.value), file);
    expect(run).toThrow(/content\/en\/env\.mdx:8 — \{process\.env\.HOME\} is code/);
    expect(run).toThrow(/content\/en\/env\.mdx:8 — \{process\.env\.HOME\} 是代码/);
    const message = (() => {
      try {
        run();
      } catch (e) {
        return (e as Error).message;
      }
    })()!;
    expect(message.split('\n').filter((l) => HAN.test(l))).toHaveLength(2);
  });
});

describe('under npm run dev (CONTENT_SAFETY=show)', () => {
  it('replaces the body of a refused page by its findings as text, so the other pages still generate', () => {
    const file = { value: fixture('env.mdx'), data: { rawDocumentData: { sourceFilePath: 'en/env.mdx' } } };
    const tree = parse(file.value);
    process.env.CONTENT_SAFETY = 'show';
    try {
      remarkContentSafety()(tree, file);
    } finally {
      delete process.env.CONTENT_SAFETY;
    }
    const types = new Set<string>();
    const walk = (n: { type: string; children?: never[] }) => (types.add(n.type), (n.children ?? []).forEach(walk));
    walk(tree as never);
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(JSON.stringify(tree)).toContain('content/en/env.mdx:8 — {process.env.HOME} is code');
  });
});

describe('literal values', () => {
  const expr = (code: string) => programExpression((parse(`{${code}}`).children[0] as { data?: { estree?: never } }).data?.estree);
  it('accepts strings, numbers, booleans, null and arrays and objects of those', () => {
    for (const code of ["'a'", '1.5', '-2', 'true', 'null', '`t`', "['a', 1]", "{ a: 'b', 'c': [1] }"])
      expect(isLiteral(expr(code)), code).toBe(true);
  });
  it('refuses names, calls, member access, templates with ${}, regular expressions, getters, computed keys, spreads and JSX', () => {
    const code = [
      'x',
      'f()',
      'a.b',
      '`${x}`',
      '/a/',
      '{ get a() { return 1 } }',
      '{ [k]: 1 }',
      '[...a]',
      '{ ...a }',
      '<b />',
      '-x',
      '{ a }',
      '[, 1]',
    ];
    for (const c of code) expect(isLiteral(expr(c)), c).toBe(false);
  });
});

describe('addresses', () => {
  it('allows https, http, mailto, site paths and anchors', () => {
    for (const url of ['https://ray.io', 'http://a.b/c', 'mailto:a@b.c', '/zh/resources', '#intro', '/images/a.png?x=1'])
      expect(isAllowedUrl(url), url).toBe(true);
  });
  it('refuses every other scheme, however it is written, and addresses that leave the site', () => {
    const urls = ['javascript:alert(1)', 'JavaScript:x', ' javascript:x', 'java\tscript:x', 'java\nscript:x', 'data:text/html,x'];
    for (const url of [...urls, 'vbscript:x', 'file:///etc/passwd', 'tel:123', '//attacker.io', '/\\attacker.io', 'relative/path'])
      expect(isAllowedUrl(url), JSON.stringify(url)).toBe(false);
  });
});
