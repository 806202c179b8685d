// `npm run content:check` on the fixtures in tests/fixtures/content-*: every
// rule, with the exact file, line and message it reports (never the real content/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecker } from '../../scripts/content/check/load';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type Checker = Awaited<ReturnType<typeof loadChecker>>;
type Problem = {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  rule: string;
  message: string;
  fix: string;
  zh?: { message: string; fix: string };
};
let checker: Checker;

beforeAll(async () => {
  checker = await loadChecker(root);
});

function problems(fixture: string, options: Record<string, unknown> = {}): Problem[] {
  return checkFixture(checker, root, `tests/fixtures/${fixture}`, options);
}

/** "E zh/index.mdx:9 — message", with the file relative to the fixture. */
function lines(fixture: string, options?: Record<string, unknown>): string[] {
  const prefix = `tests/fixtures/${fixture}/`;
  return problems(fixture, options).map(
    (p) => `${p.severity === 'error' ? 'E' : 'W'} ${p.file.replace(prefix, '')}${p.line ? `:${p.line}` : ''} — ${p.message}`,
  );
}

const find = (fixture: string, file: string, line: number | undefined, rule: string) =>
  problems(fixture).find((p) => p.file === `tests/fixtures/${fixture}/${file}` && p.line === line && p.rule === rule);

describe('content:check', () => {
  it('finds nothing wrong in valid content using every type, component and link kind', () => {
    expect(lines('content-valid')).toEqual([]);
  });

  it('reports frontmatter fields that are missing, empty, mistyped or not allowed, with their lines', () => {
    expect(lines('content-frontmatter')).toEqual([
      'E en/case-studies/acme-forge.mdx:1 — required field "platform" is missing',
      'E en/case-studies/acme-forge.mdx:3 — "description" is empty',
      'E en/case-studies/acme-forge.mdx:4 — "updated" is not a real date: 2026-02-30',
      'E en/case-studies/acme-forge.mdx:9 — "outcome" must be text, but unquoted it is read as a date',
      'E resources/bad-kind.yaml:1 — "kind" must be one of blog, talk, slides, panel, but it is "video"',
      'E resources/bad-kind.yaml:2 — "url" is not https: http://acme-forge.com/video',
      'E resources/bad-kind.yaml:4 — "en" is missing in "title"',
      'E resources/bad-kind.yaml:8 — "fr" in "summary" is not allowed here',
      'E resources/bad-kind.yaml:10 — "order" must be a number, but it is the text "2"',
      'E resources/bad-kind.yaml:11 — "archived" must be true or false, but it is "yes"',
      'E resources/broken-yaml.yaml:5 — YAML syntax error: Nested mappings are not allowed in compact mappings',
      'E resources/broken-yaml.yaml:6 — YAML syntax error: Map keys must be unique',
      'E resources/chinese-keyboard.yaml:1 — "kind" is followed by a Chinese colon (：)',
      'E resources/chinese-keyboard.yaml:4 — the line is indented with a full-width space (全角空格)',
      'E resources/chinese-keyboard.yaml:5 — YAML syntax error: All mapping items must start at the same column',
      'E resources/no-kind.yaml:1 — required field "kind" is missing',
      'E resources/no-kind.yaml:1 — required field "url" is missing',
      'E resources/no-kind.yaml:4 — "summary" must have the sub-fields zh and en',
      'E zh/case-studies/acme-forge.mdx:5 — "company" must be text, but it is the number 2024',
      'E zh/case-studies/acme-forge.mdx:7 — "year" must be a number, but it is the text "2024"',
      'E zh/case-studies/acme-forge.mdx:8 — "published" must be a date (YYYY-MM-DD), but it is "27.11.2026"',
      'E zh/case-studies/acme-forge.mdx:11 — "rayLibraries" must be a list',
      'E zh/case-studies/acme-forge.mdx:13 — "draft" must be true or false, but it is "no"',
      'E zh/case-studies/acme-forge.mdx:14 — "tags" is not a field of a case study',
      'E zh/case-studies/acme-forge.mdx:15 — "descripton" is not a field of a case study',
      'E zh/case-studies/acme-forge.mdx:16 — "slug" cannot be set here: the file name is the slug',
      'E zh/case-studies/acme-forge.mdx:19 — "url" in sources item 1 is not https: http://acme-forge.com/acme',
      'E zh/case-studies/acme-forge.mdx:21 — "url" in sources item 2 is not a full web address: acme-forge.com/talk',
      'E zh/case-studies/acme-forge.mdx:23 — "date" in sources item 2 is not allowed here',
    ]);
  });

  it('says how to fix a frontmatter problem, using the field descriptions from contentlayer.config.ts', () => {
    expect(find('content-frontmatter', 'en/case-studies/acme-forge.mdx', 1, 'field-missing')?.fix).toBe(
      'add platform: "…" (Platform name, e.g. "Merlin")',
    );
    expect(find('content-frontmatter', 'zh/case-studies/acme-forge.mdx', 7, 'field-type')?.fix).toBe('remove the quotes: year: 2024');
    expect(find('content-frontmatter', 'zh/case-studies/acme-forge.mdx', 15, 'field-unknown')?.fix).toMatch(
      /^did you mean "description"\?/,
    );
    expect(find('content-frontmatter', 'resources/no-kind.yaml', 1, 'field-missing')?.fix).toBe(
      'add kind: blog (blog, talk, slides or panel)',
    );
    expect(find('content-frontmatter', 'resources/broken-yaml.yaml', 5, 'yaml-syntax')?.fix).toMatch(/^put the value in double quotes/);
    expect(find('content-frontmatter', 'resources/chinese-keyboard.yaml', 1, 'yaml-syntax')?.fix).toBe(
      'write an English colon and a space: kind: …',
    );
  });

  it('reports internal links to missing or draft pages, relative and http links, anchors and images', () => {
    expect(lines('content-links')).toEqual([
      'E en/index.mdx:9 — link from an English page to the Chinese page /zh',
      'E en/index.mdx:11 — <a href> from an English page to the Chinese page /zh/deployment',
      'E zh/index.mdx:10 — link to /zh/deploymnet: there is no such page (no tests/fixtures/content-links/zh/deploymnet.mdx)',
      'E zh/index.mdx:11 — link from a Chinese page to the English page /en/deployment',
      'W zh/index.mdx:12 — link to /deployment has no language',
      'E zh/index.mdx:13 — link address "case-studies/spotify" is relative',
      'E zh/index.mdx:14 — link is not https: http://acme-forge.com/page',
      'W zh/index.mdx:15 — link to #不存在的标题: there is no such heading on this page',
      'W zh/index.mdx:17 — link to /zh/deployment#nope: that page has no such heading',
      'E zh/index.mdx:18 — link to /zh/resources, which is a draft: the live site has no such page',
      'W zh/index.mdx:22 — the image has no description (alt text)',
      'E zh/index.mdx:24 — the image /images/missing.png does not exist: there is no tests/fixtures/public/images/missing.png',
      'E zh/index.mdx:26 — image address "images/stack.png" is relative',
      'E zh/index.mdx:28 — the image /images/nope.png does not exist: there is no tests/fixtures/public/images/nope.png',
      'E zh/index.mdx:30 — <LinkCard href> to /zh/nowhere: there is no such page (no tests/fixtures/content-links/zh/nowhere.mdx)',
      'E zh/index.mdx:32 — image from another site: https://acme-forge.com/pic.png (the site only shows its own images)',
    ]);
    expect(find('content-links', 'zh/index.mdx', 10, 'link-missing')?.fix).toBe('did you mean /zh/deployment?');
    // hrefLang naming the target's language marks a link to the other language as deliberate (line 11's first link).
    expect(find('content-links', 'en/index.mdx', 11, 'link-locale')?.fix).toMatch(/<a href="\/zh\/deployment" hrefLang="zh">/);
    expect(find('content-links', 'zh/index.mdx', 11, 'link-locale')?.zh?.fix).toMatch(/^改为链接 \/zh\/deployment/);
    expect(find('content-links', 'zh/index.mdx', 13, 'link-relative')?.fix).toBe(
      'write the full path starting with the language, e.g. /zh/case-studies/spotify',
    );
    expect(find('content-links', 'zh/index.mdx', 26, 'link-relative')?.fix).toBe(
      'write the path under tests/fixtures/public/ starting with /, e.g. /images/stack.png',
    );
  });

  it('reports unknown components, wrong props, imports, a second h1, undefined expressions and embeds', () => {
    expect(lines('content-components')).toEqual([
      'E zh/index.mdx:7 — import/export is not allowed in content',
      'E zh/index.mdx:9 — a level-1 heading (# …) in the text',
      'E zh/index.mdx:11 — <Callout kind="tips">: kind must be one of tip, note, warning',
      'E zh/index.mdx:17 — <callout> is written in lowercase',
      'E zh/index.mdx:19 — <StackDiagramm> is not a component you can use',
      'E zh/index.mdx:21 — <ResourceList kind="video">: kind must be one of blog, talk, slides, panel',
      'E zh/index.mdx:21 — <ResourceList limit="3">: limit must be a number',
      'E zh/index.mdx:23 — <LinkCard> has no prop "color"',
      'E zh/index.mdx:23 — <LinkCard> needs href=',
      'E zh/index.mdx:25 — <CaseStudyCards slugs="spotify">: slugs must be a list of case-study slugs',
      'E zh/index.mdx:27 — <FactsTable items="公司: Acme">: items must be written in braces',
      'E zh/index.mdx:29 — {price} is code, and "price" is not defined',
      'E zh/index.mdx:33 — <iframe> is not allowed: the site does not embed content from other sites or run scripts',
    ]);
    expect(find('content-components', 'zh/index.mdx', 19, 'component-unknown')?.fix).toMatch(/^did you mean <StackDiagram>\?/);
    expect(find('content-components', 'zh/index.mdx', 11, 'component-prop')?.fix).toBe('did you mean kind="tip"?');
    // Line 21 has two wrong props; each problem says how to write its value.
    expect(
      problems('content-components')
        .filter((p) => p.file.endsWith('zh/index.mdx') && p.line === 21)
        .map((p) => p.fix),
    ).toEqual(['write e.g. kind="blog"', 'write it in braces: limit={3}']);
  });

  it('reports MDX that does not parse, at the right line, in plain words', () => {
    expect(lines('content-mdx-syntax')).toEqual([
      'E en/deployment.mdx:1 — the file does not start with frontmatter',
      'E en/index.mdx:9 — MDX syntax error: an HTML comment <!-- … --> (not allowed in MDX)',
      'E zh/deployment.mdx:9 — MDX syntax error: <Callout> is opened but never closed',
      'E zh/index.mdx:9 — MDX syntax error: "<" followed by "5" is read as the start of a component',
      'E zh/resources.mdx:9 — MDX syntax error: "{…}" is read as code, and it is not valid code',
    ]);
    expect(find('content-mdx-syntax', 'en/index.mdx', 9, 'mdx-syntax')?.fix).toBe('write comments as {/* … */}');
    expect(find('content-mdx-syntax', 'zh/index.mdx', 9, 'mdx-syntax')?.fix).toMatch(/write \\</);
  });

  it('reports unknown files and folders, bad file names, a URL or resource address used twice, pages without a route', () => {
    expect(lines('content-files')).toEqual([
      'E en/About_Us.mdx — the file name "About_Us.mdx" is not a valid URL segment',
      'E en/about.mdx — no page is served at /en/about: a new top-level page needs a route file (app/[locale]/about/page.tsx)',
      'W en/pricing.mdx — no page is served at /en/pricing: a new top-level page needs a route file (app/[locale]/pricing/page.tsx)',
      'E fr/index.mdx — "fr" is not a language folder',
      'E resources/other.yml — this file is not a page or resource the site knows',
      'E resources/same-post.yaml:2 — this address is already listed in tests/fixtures/content-files/resources/post.yaml',
      'W resources/same-post.yaml:10 — order 1 is also used by tests/fixtures/content-files/resources/post.yaml',
      'E zh/About_Us.mdx — the file name "About_Us.mdx" is not a valid URL segment',
      'E zh/about.mdx — no page is served at /zh/about: a new top-level page needs a route file (app/[locale]/about/page.tsx)',
      'E zh/case-studies/deep/nested.mdx — this file is not a page or resource the site knows',
      'W zh/diagram.png — this file is ignored: only .mdx pages and .yaml resources are read',
      'E zh/notes.md — this file is not a page or resource the site knows',
      'W zh/pricing.mdx — no page is served at /zh/pricing: a new top-level page needs a route file (app/[locale]/pricing/page.tsx)',
      'E zh/why-ray/index.mdx — the URL /zh/why-ray is already used by tests/fixtures/content-files/zh/why-ray.mdx',
      'E zh/why-ray/index.mdx:1 — required field "order" is missing',
      'E zh/why-ray/index.mdx:1 — required field "summary" is missing',
    ]);
    expect(find('content-files', 'zh/About_Us.mdx', undefined, 'file-name')?.fix).toBe(
      'use lowercase letters, digits and hyphens only, e.g. about-us.mdx',
    );
    expect(find('content-files', 'zh/notes.md', undefined, 'file-unknown')?.fix).toBe('rename it to notes.mdx');
    expect(find('content-files', 'resources/other.yml', undefined, 'file-unknown')?.fix).toBe('rename it to other.yaml');
  });

  it('reports where a page and its translation differ: links, numbers, components, headings; exceptions must name the difference', () => {
    const twin = (locale: string, file: string) => `tests/fixtures/content-parity/${locale}/${file}`;
    expect(lines('content-parity')).toEqual([
      // A sources URL changed in one language: both files and lines are named.
      `E en/case-studies/acme-forge.mdx:23 — the frontmatter names https://acme-forge.com/acme-v2, which the Chinese version ${twin('zh', 'case-studies/acme-forge.mdx')} does not; ${twin('zh', 'case-studies/acme-forge.mdx')}:21 has https://acme-forge.com/acme there`,
      `E en/deployment.mdx:9 — links to https://acme-forge.com/guide, which the Chinese version ${twin('zh', 'deployment.mdx')} does not`,
      `E en/deployment.mdx:9 — states the number 4, which the Chinese version ${twin('zh', 'deployment.mdx')} does not`,
      // A resource's zh and en halves state different numbers.
      'E resources/acme-talk.yaml:6 — summary: the zh and en texts differ in a number: 3 (zh only), 4 (en only)',
      `E zh/deployment.mdx:9 — states the number 3, which the English version ${twin('en', 'deployment.mdx')} does not`,
      `E zh/deployment.mdx:11 — component 1 is <Callout> (line 11) here but <LinkCard> (line 11) in ${twin('en', 'deployment.mdx')}`,
      `E zh/deployment.mdx:15 — has 2 headings, the English version ${twin('en', 'deployment.mdx')} has 1 (line 15 is the first one more)`,
      // The named differences of resources.mdx pass; a name that excuses nothing does not go unnoticed.
      `W zh/resources.mdx:8 — parityExceptions names "42", but ${twin('zh', 'resources.mdx')} and ${twin('en', 'resources.mdx')} do not differ in it`,
    ]);
    // index.mdx agrees once numbers are normalized (10 亿 = 1 billion, 60 多万 = 600,000, 2023 年 2 月 = February 2023);
    // why-ray.mdx differs but is a draft.
  });

  it('reports missing translations, drafts, missing case-study slugs, placeholders, orders, long descriptions', () => {
    expect(lines('content-consistency')).toEqual([
      'W en/case-studies.mdx:2 — the English title contains Chinese characters',
      'W en/case-studies/beta-draft.mdx — the Chinese version tests/fixtures/content-consistency/zh/case-studies/beta-draft.mdx is still a draft',
      'E en/case-studies/beta-draft.mdx:2 — still has placeholder text (TODO) on lines 2, 3, 10, 25, and it is not a draft',
      'W en/case-studies/beta-draft.mdx:9 — order is 2 here but 1 in tests/fixtures/content-consistency/zh/case-studies/beta-draft.mdx',
      'W en/why-ray.mdx:3 — "description" is 164 characters long (a Chinese character counts as two); search results cut it after 160',
      'W en/why-ray/unified.mdx:5 — order is 2 here but 1 in tests/fixtures/content-consistency/zh/why-ray/unified.mdx',
      // The pillar lists acme-forge, whose page never links the pillar.
      'W en/why-ray/unified.mdx:8 — lists "acme-forge" in caseStudies, but tests/fixtures/content-consistency/en/case-studies/acme-forge.mdx never links this pillar (/en/why-ray/unified)',
      'W zh/case-studies.mdx:7 — translationPending: true, but the English version tests/fixtures/content-consistency/en/case-studies.mdx now exists',
      // A missing translation is an error unless the page is published in one language first, on purpose;
      // a page that says so while its translation exists is told to stop saying it.
      'E zh/deployment.mdx — has no English version: tests/fixtures/content-consistency/en/deployment.mdx is missing',
      'E zh/index.mdx:6 — "proof" item 1 lists "acme-forj", but there is no case study tests/fixtures/content-consistency/zh/case-studies/acme-forj.mdx',
      'W zh/resources.mdx — the English version tests/fixtures/content-consistency/en/resources.mdx is still a draft',
      'W zh/resources.mdx:6 — navOrder 3 is also used by tests/fixtures/content-consistency/zh/case-studies.mdx',
      'W zh/why-ray.mdx:2 — the Chinese title has no Chinese characters',
      'W zh/why-ray.mdx:3 — "description" is 176 characters long (a Chinese character counts as two); search results cut it after 160',
      'W zh/why-ray/unified.mdx:8 — lists "acme-forge" in caseStudies, but tests/fixtures/content-consistency/zh/case-studies/acme-forge.mdx never links this pillar (/zh/why-ray/unified)',
      'E zh/why-ray/unified.mdx:9 — "caseStudies" lists "acme-forj", but there is no case study tests/fixtures/content-consistency/zh/case-studies/acme-forj.mdx',
      'W zh/why-ray/unified.mdx:10 — "caseStudies" lists "beta-draft", which is a draft: the live site will leave it out',
      'E zh/why-ray/unified.mdx:15 — <CaseStudyCards slugs> lists "gamma", but there is no case study tests/fixtures/content-consistency/zh/case-studies/gamma.mdx',
    ]);
    expect(find('content-consistency', 'zh/deployment.mdx', undefined, 'translation-missing')?.fix).toMatch(
      /^create tests\/fixtures\/content-consistency\/en\/deployment\.mdx/,
    );
    expect(find('content-consistency', 'zh/why-ray/unified.mdx', 9, 'case-study-missing')?.fix).toBe('did you mean "acme-forge"?');
  });

  it('reports a summary-sourced figure shown without its attribution, a figure citing no source, and an attribution that names no summary', () => {
    expect(lines('content-attribution').filter((l) => l.startsWith('E'))).toEqual([
      'E en/case-studies/acme-forge.mdx:3 — description shows "3×", which the key numbers attribute to a summary ("via Digest\'s summary"), without that attribution',
      'E en/case-studies/acme-forge.mdx:10 — outcome shows "3×", which the key numbers attribute to a summary ("via Digest\'s summary"), without that attribution',
      'E en/case-studies/acme-forge.mdx:14 — deploymentAttribution: the attribution "via a friend\'s summary" names none of the summaries in sources (Digest)',
      'E en/case-studies/acme-forge.mdx:20 — keyNumbers item 2: source "zenml" is not the id of any of the sources (acme, digest)',
      'E en/case-studies/acme-forge.mdx:24 — "source" is missing in keyNumbers item 3',
      'E en/index.mdx:6 — proof item 1 shows "3×", which tests/fixtures/content-attribution/en/case-studies/acme-forge.mdx attributes to a summary ("via Digest\'s summary"), without that attribution',
      'E en/index.mdx:20 — the heading "3× faster training at Acme" states "3×", which the key numbers of tests/fixtures/content-attribution/en/case-studies/acme-forge.mdx take from Digest\'s summary, without saying so; a heading is read on its own (table of contents, search results, the Markdown twin)',
      'E en/index.mdx:22 — the caption "Acme\'s stack, 3× faster." states "3×", which the key numbers of tests/fixtures/content-attribution/en/case-studies/acme-forge.mdx take from Digest\'s summary, without saying so; a caption is read on its own (search results, the Markdown twin)',
    ]);
    expect(find('content-attribution', 'en/case-studies/acme-forge.mdx', 10, 'attribution-missing')?.fix).toBe(
      'add outcomeAttribution: "via Digest\'s summary" next to it',
    );
    // A heading or caption names the summary itself (the one at line 26 does), in both languages.
    const heading = find('content-attribution', 'en/index.mdx', 20, 'attribution-missing');
    expect(heading?.fix).toMatch(/^take the figure out of the heading .* or name the summary in the heading/);
    expect(heading?.zh?.fix).toMatch(/^把数字从标题里拿掉/);
    expect(find('content-attribution', 'en/index.mdx', 22, 'attribution-missing')?.zh?.message).toMatch(
      /^图注“Acme's stack, 3× faster\.”写了“3×”/,
    );
    // The proof item cites the blog for a figure the case study takes from the summary: cite the summary.
    expect(find('content-attribution', 'en/index.mdx', 6, 'attribution-missing')?.fix).toBe(
      'cite the same summary as the key number: source: "digest"',
    );
    // The zh twin attributes every figure (inline in its description): nothing to report there.
    expect(problems('content-attribution').filter((p) => p.rule.startsWith('attribution') && p.file.includes('/zh/'))).toEqual([]);
  });

  it('warns on a variant of a glossary term, in pages and in resources, naming the term to use', () => {
    expect(lines('content-attribution').filter((l) => l.startsWith('W'))).toEqual([
      'W en/case-studies/acme-forge.mdx:46 — "all open-source" is not the site\'s term for fully open-source stack',
      'W en/case-studies/acme-forge.mdx:48 — "At a glance" is not the site\'s term for a case study\'s facts panel',
      'W resources/acme-panel.yaml:4 — "座谈" is not the site\'s term for panel discussion (a resource kind)',
      'W resources/acme-panel.yaml:7 — "研究人员" is not the site\'s term for research scientists',
      'W zh/case-studies/acme-forge.mdx:43 — "Ray 生态" is not the site\'s term for the Ray ecosystem',
      'W zh/case-studies/acme-forge.mdx:43 — "可扩展 ML" is not the site\'s term for scalable (ML at scale)',
      'W zh/case-studies/acme-forge.mdx:43 — "概览" is not the site\'s term for a case study\'s facts panel',
    ]);
    expect(find('content-attribution', 'resources/acme-panel.yaml', 4, 'glossary')?.fix).toMatch(/^write "圆桌讨论"/);
  });

  it('reports UI strings (messages/*.json) that do not parse or miss a key in one language', () => {
    const found = problems('content-valid', { messagesDir: 'tests/fixtures/messages-broken' }).map(
      (p) => `${p.file.replace('tests/fixtures/messages-broken/', '')}${p.line ? `:${p.line}` : ''} — ${p.message}`,
    );
    expect(found).toEqual([
      'en/common.json — "Site.tagline" is missing (tests/fixtures/messages-broken/zh/common.json:4 has it)',
      'zh/common.json — "Footer.extra" is missing (tests/fixtures/messages-broken/en/common.json:7 has it)',
      expect.stringMatching(/^zh\/diagrams\.json:4 — not valid JSON: /),
      'zh/extra.json — there is no English version of this file',
    ]);
  });
});
