// content:check on the probes of a hostile pull request (issue 31,
// tests/fixtures/content-untrusted/): every one refused at its file:line, with
// what is wrong and the fix in English and Chinese. The same probes against
// the compile step: content-safety.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecker } from '../../scripts/content/check/load';
import type { Problem } from '@/scripts/content/check/index';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HAN = /[\u3400-\u9fff]/;
let checker: Awaited<ReturnType<typeof loadChecker>>;
let problems: Problem[];

beforeAll(async () => {
  checker = await loadChecker(root);
  problems = checkFixture(checker, root, 'tests/fixtures/content-untrusted', { appDir: null });
});

/** "file:line rule" of the errors of one file of the fixture (its translation and route aside). */
const refused = (file: string) =>
  problems
    .filter((p) => p.severity === 'error' && p.file === `tests/fixtures/content-untrusted/${file}` && p.rule !== 'translation-missing')
    .map((p) => `${p.line} ${p.rule}`);

describe('content:check refuses what a hostile pull request adds', () => {
  it('code in expressions: writing files, environment values, require()', () => {
    expect(refused('en/fs-write.mdx')).toEqual(['10 mdx-expression']);
    expect(refused('en/env.mdx')).toEqual(['8 mdx-expression', '10 mdx-expression']);
    expect(refused('en/require.mdx')).toEqual(['8 mdx-expression', '10 mdx-expression']);
  });

  it('dangerouslySetInnerHTML, on* handlers, spread props, props the registry does not list', () => {
    expect(refused('en/inner-html.mdx')).toEqual(['8 html-attribute', '10 html-attribute', '12 mdx-expression', '14 component-prop']);
  });

  it('<meta> (in braces too), <base>, style, srcSet, <title>, <form>, <input>', () => {
    expect(refused('en/redirect.mdx')).toEqual([
      '8 mdx-expression',
      '10 embed-blocked',
      '12 html-element',
      '14 html-attribute',
      '16 html-attribute',
      '16 image-missing',
      '18 html-element',
      '20 embed-blocked',
      '20 html-element',
    ]);
  });

  it('javascript: and data: addresses, also in braces, in a component prop, or with a tab in the scheme', () => {
    expect(refused('en/script-links.mdx')).toEqual([
      '8 link-relative',
      '10 link-relative',
      '12 link-relative',
      '14 link-relative',
      '16 url-scheme',
    ]);
  });

  it('YAML aliases in a page and in a resource, a value over the length limit, JavaScript frontmatter', () => {
    expect(refused('en/alias-bomb.mdx')).toEqual(['4 yaml-alias']);
    expect(refused('resources/alias-bomb.yaml')).toEqual(['4 yaml-alias']);
    expect(refused('en/long-field.mdx')).toEqual(['3 too-large']);
    expect(refused('en/js-frontmatter.mdx')).toEqual(['1 frontmatter']);
  });

  it('says what is wrong and how to fix it in both languages', () => {
    const errors = problems.filter((p) => p.severity === 'error' && p.rule !== 'translation-missing');
    expect(errors.length).toBeGreaterThan(25);
    for (const p of errors) {
      expect(p.line, `${p.file} ${p.rule}`).toBeGreaterThan(0);
      expect(HAN.test(p.zh.message) && HAN.test(p.zh.fix), `${p.rule}: ${p.message}`).toBe(true);
    }
    const env = problems.find((p) => p.file.endsWith('en/env.mdx') && p.line === 8)!;
    expect(checker.formatProblem(env, 'en')).toBe(
      'tests/fixtures/content-untrusted/en/env.mdx:8 — {process.env.HOME} is code (names, calls, member access, JSX); content may only hold text and literal values — write the text itself; to show braces as text, write \\{ and \\}; comments are written {/* … */}',
    );
    expect(checker.formatProblem(env, 'zh')).toMatch(/^tests\/fixtures\/content-untrusted\/en\/env\.mdx:8 — \{process\.env\.HOME\} 是代码/);
  });
});

describe('content:check limits', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'content-limits-'));
  const page = (body: string) =>
    `---\ntitle: "Big"\ndescription: "A big page."\nupdated: 2026-11-27\ntranslationPending: true\n---\n\n${body}`;
  const check = (contentDir: string) =>
    checkFixture(checker, root, contentDir, { appDir: null })
      .filter((p) => p.rule === 'too-large')
      .map((p) => `${path.basename(p.file)}:${p.line} ${p.message}`);

  it('refuses a page over 200 KB (without parsing it), over 200 headings, a list over 500 items', () => {
    const d = dir();
    fs.mkdirSync(path.join(d, 'en'));
    // The probe: 350 KB of 10,000 headings.
    fs.writeFileSync(path.join(d, 'en', 'big.mdx'), page('## Heading with some words in it\n\n'.repeat(10_000)));
    fs.writeFileSync(path.join(d, 'en', 'headings.mdx'), page('## Heading\n\n'.repeat(201)));
    fs.writeFileSync(path.join(d, 'en', 'list.mdx'), page('- item\n'.repeat(501)));
    const started = performance.now();
    expect(check(d)).toEqual([
      'big.mdx:1 the file is 340 KB, over the limit of 200 KB for one page',
      'headings.mdx:408 more than 200 headings on one page (this is heading 201)',
      'list.mdx:8 a list of 501 items, over the limit of 500',
    ]);
    // A print, not a timed assertion: the figure for the notes.
    console.log(`content:check of a 340 KB page of 10,000 headings and two long ones: ${Math.round(performance.now() - started)} ms`);
    fs.rmSync(d, { recursive: true });
  });
});
