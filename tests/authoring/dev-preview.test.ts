// The marketer's preview, in a temporary copy of the repository: `npm run dev`
// runs, a case study gets a wrong frontmatter value, a page an unknown
// component, another page a wrong prop value; each save shows up in the
// browser within seconds, as a banner naming the file, the line and what is
// wrong, on the broken page and on the others, and the broken pages show
// their problems instead of an older version. Fixed, the banner is gone on
// the next load and the new text shows. A UI string file that does not parse
// is named too, and the pages still answer. A Chinese page explains each problem
// in Chinese. A mistyped URL answers 404 with its language's 404 page, as on the
// host. The repository itself is not touched.
// (That a production build has none of it: tests/e2e/no-framework.spec.ts.)
//
//   tsx --test tests/authoring/dev-preview.test.ts     (~2–4 min on 2 cores: next dev compiles each route once)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startDev, type DevServer } from '../../scripts/dev/start-dev';
import { sh, tempCopy } from '../../scripts/lib/temp-copy';

const BANNER = 'data-content-problems="true"';
const PAGE_HIDDEN = 'data-content-problems-page="true"';

test('npm run dev shows content problems in the page after a save, and drops them once fixed', { timeout: 20 * 60_000 }, async (t) => {
  const copy = tempCopy('dev-preview');
  const work = copy.dir;
  let dev: DevServer | undefined;
  t.after(async () => {
    const left = await dev?.stop();
    copy.remove();
    assert.deepEqual(left ?? [], [], 'npm run dev left processes running');
  });

  const file = (rel: string) => path.join(work, rel);
  const read = (rel: string) => fs.readFileSync(file(rel), 'utf8');
  const write = (rel: string, text: string) => fs.writeFileSync(file(rel), text);
  const lineOf = (text: string, re: RegExp) => text.slice(0, text.search(re)).split('\n').length;

  // 1. The preview starts; every route compiles once (the first load of a route is slow).
  dev = await startDev(work);
  const { until } = dev;
  assert.match(dev.output(), /\[check\] \d+ files: all good \(\d+ ms\)/, 'the first check ran and printed its result');
  const pages = { spotify: '/en/case-studies/spotify', whyRay: '/en/why-ray', deployment: '/zh/deployment' };
  for (const p of Object.values(pages)) {
    const { status, html } = await until(p, (h) => h.includes('<h1'), 'no page', Date.now(), 300_000);
    assert.equal(status, 200, p);
    assert.ok(!html.includes(BANNER), `${p}: no banner while the content is fine`);
  }

  // 1b. A URL the exported site answers with 404 gets the same in the preview: status 404 and the locale's
  //     404 page (a mistyped slug, a path under a page), the bilingual one outside /zh/ and /en/; never a 500.
  const notice = (locale: string) => `id="not-found-${locale}"`; // components/templates/not-found-notice.tsx, one per language
  const missing: [string, string[]][] = [
    ['/en/case-studies/spotfy', ['en']],
    ['/zh/case-studies/spotfy', ['zh']],
    ['/en/deployment/extra', ['en']],
    ['/fr/deployment', ['zh', 'en']],
  ];
  for (const [p, locales] of missing) {
    const { status, html } = await until(p, (h) => h.includes('<h1'), 'no page', Date.now(), 300_000);
    assert.equal(status, 404, `${p}: status`);
    assert.deepEqual(
      ['zh', 'en'].filter((l) => html.includes(notice(l))),
      locales,
      `${p}: the 404 page of ${locales.join(' and ')}`,
    );
  }
  const spotify = 'content/en/case-studies/spotify.mdx';
  const whyRay = 'content/en/why-ray.mdx';
  const deployment = 'content/zh/deployment.mdx';
  const original = { spotify: read(spotify), whyRay: read(whyRay), deployment: read(deployment) };
  const bodyText = (text: string) => /^## (.+)$/m.exec(text)![1]; // the first section heading of a page's text
  const timings = [];

  // 2. A wrong frontmatter value in a case study: the banner names the file, the line and the field,
  //    on that page (which shows its problems instead of the older version Contentlayer kept) and on another page.
  const orderLine = lineOf(original.spotify, /^order: /m);
  write(spotify, original.spotify.replace(/^order: .*$/m, 'order: zzz'));
  let saved = Date.now();
  const where = `${spotify}:${orderLine}`;
  // The banner (layout) and the hidden page (page) read the check's result separately, so one load can fall
  // between two results under load: wait for a load that has both, as a second reload would show.
  const broken = await until(
    pages.spotify,
    (h) => h.includes(BANNER) && h.includes(where) && h.includes(PAGE_HIDDEN),
    `no banner naming ${where} with the page hidden`,
    saved,
  );
  timings.push(`order: zzz → banner on ${pages.spotify}: ${broken.ms} ms`);
  assert.equal(broken.status, 200);
  assert.match(broken.html, /&quot;order&quot; must be a number, but it is &quot;zzz&quot;/, 'says what is wrong');
  assert.match(broken.html, /write a number, e\.g\. order: \d/, 'says how to fix it');
  assert.ok(broken.html.includes(`This page: ${spotify}`), 'the page lists its own file first');
  assert.ok(!broken.html.includes(bodyText(original.spotify)), 'the page shows its problems, not the older text');
  const elsewhere = await until(
    pages.deployment,
    (h) => h.includes(BANNER) && h.includes(where),
    `no banner naming ${where} on another page`,
    saved,
  );
  assert.equal(elsewhere.status, 200);
  assert.ok(elsewhere.html.includes('内容检查发现 1 个问题'), 'a Chinese page words the banner in Chinese');
  assert.ok(
    elsewhere.html.includes('&quot;order&quot; 必须是数字，但它是 &quot;zzz&quot;') && elsewhere.html.includes('写一个数字，例如 order: '),
    'and the problem too: what is wrong and how to fix it, in Chinese',
  );
  assert.ok(
    elsewhere.html.includes(bodyText(original.deployment)) && !elsewhere.html.includes(PAGE_HIDDEN),
    'another page still shows its own text',
  );
  assert.ok(dev.output().includes(`${where} — "order" must be a number`), 'the terminal printed the problem too');

  // 3. An unknown component on a page, and a wrong prop value on another: the first page shows its
  //    problem instead of the old content (status 200, not Next's overlay); the second renders, with the banner.
  const widgetLine = original.whyRay.trimEnd().split('\n').length + 2;
  write(whyRay, `${original.whyRay.trimEnd()}\n\n<UnknownWidget />\n\nText added in the dev-preview test.\n`);
  const calloutLine = original.deployment.trimEnd().split('\n').length + 2;
  write(deployment, `${original.deployment.trimEnd()}\n\n<Callout kind="nope">A callout of the dev-preview test.</Callout>\n`);
  saved = Date.now();
  const widget = await until(
    pages.whyRay,
    (h) => h.includes(`${whyRay}:${widgetLine}`),
    `no problem naming ${whyRay}:${widgetLine}`,
    saved,
  );
  timings.push(`<UnknownWidget /> → problem on ${pages.whyRay}: ${widget.ms} ms`);
  assert.equal(widget.status, 200);
  assert.ok(widget.html.includes('&lt;UnknownWidget&gt; is not a component you can use'), 'says what is wrong');
  assert.match(widget.html, /use one of Figure, Callout, /, 'lists the components that exist');
  assert.ok(widget.html.includes(PAGE_HIDDEN), 'shows the problem in place of the page');
  assert.ok(
    !widget.html.includes(bodyText(original.whyRay)) && !widget.html.includes('Text added in the dev-preview test.'),
    'no old (or half) content',
  );
  assert.ok(!widget.html.includes('Expected component'), "not Next's developer message");
  // (The check is done before Contentlayer: the banner may come a moment before the new text.)
  const prop = await until(
    pages.deployment,
    (h) => h.includes(`${deployment}:${calloutLine}`) && h.includes('A callout of the dev-preview test.'),
    `no problem naming ${deployment}:${calloutLine} above the new text`,
    saved,
  );
  assert.ok(
    prop.html.includes('&lt;Callout kind=&quot;nope&quot;&gt;：kind 必须是 tip, note, warning 之一'),
    'the wrong prop value is named, in Chinese on a Chinese page',
  );
  assert.ok(prop.html.includes('本页：' + deployment), 'listed first, under this page');
  assert.ok(!prop.html.includes(PAGE_HIDDEN), 'the page itself still renders');

  // 4. All fixed, with a new title and the new text (and the translations marked): the banner is gone on the next load, and the new text shows.
  const title = 'Spotify: a title from the dev-preview test';
  write(spotify, original.spotify.replace(/^title: .*$/m, `title: "${title}"`));
  write(whyRay, `${original.whyRay.trimEnd()}\n\nText added in the dev-preview test.\n`);
  write(deployment, original.deployment);
  saved = Date.now();
  // The new title and text changed two English pages: the box says their Chinese pages are behind,
  // in Chinese on a Chinese page, with the command that marks the translation done (issue 20)…
  const behind = await until(
    pages.deployment,
    (h) => h.includes('英文版 content/en/case-studies/spotify.mdx'),
    'no translation warning for content/zh/case-studies/spotify.mdx',
    saved,
  );
  assert.ok(behind.html.includes('npm run translations -- --mark content/zh/case-studies/spotify.mdx'), 'names the mark command');
  // …until the translator marks it (the record is watched with the content).
  const marked = sh(work, 'npm', ['run', '--silent', 'translations', '--', '--mark', 'content']);
  assert.equal(marked.status, 0, marked.out);
  saved = Date.now();
  const fixed = await until(pages.spotify, (h) => !h.includes(BANNER) && h.includes(title), 'still a banner, or not the new title', saved);
  timings.push(`fix → no banner, new title on ${pages.spotify}: ${fixed.ms} ms`);
  assert.ok(!fixed.html.includes(PAGE_HIDDEN) && fixed.html.includes(bodyText(original.spotify)), 'the case study shows its text again');
  const text = await until(
    pages.whyRay,
    (h) => !h.includes(BANNER) && h.includes('Text added in the dev-preview test.'),
    'still a banner, or not the new text',
    saved,
  );
  assert.ok(text.html.includes(bodyText(original.whyRay)));
  await until(pages.deployment, (h) => !h.includes(BANNER), 'still a banner', saved);
  assert.match(dev.output(), /\[check\] [^\n]*: all good \(\d+ ms\)\n(?![\s\S]*\[check\] [^\n]*error)/, 'the terminal said all good last');

  // 5. A UI string file that does not parse: the pages still answer (with its last good version) and name it.
  const common = 'messages/en/common.json';
  const originalCommon = read(common);
  const commonLine = lineOf(originalCommon, /"Site": \{/);
  write(common, originalCommon.replace('"Site": {', '"Site": {,'));
  saved = Date.now();
  const json = await until(pages.whyRay, (h) => h.includes(`${common}:${commonLine}`), `no banner naming ${common}:${commonLine}`, saved);
  timings.push(`broken ${common} → banner on ${pages.whyRay}: ${json.ms} ms`);
  assert.equal(json.status, 200);
  assert.ok(
    json.html.includes('not valid JSON') && json.html.includes('Skip to content'),
    'names the problem; the page keeps the last good strings',
  );
  write(common, originalCommon);
  await until(pages.whyRay, (h) => !h.includes(BANNER), 'still a banner after the fix', Date.now());

  const checks = [...dev.output().matchAll(/\[check\] (?:content|messages)\/[^\n]*\((\d+) ms\)/g)].map((m) => Number(m[1]));
  t.diagnostic(`save → page: ${timings.join('; ')}`);
  t.diagnostic(`check on save: ${checks.join(', ')} ms`);
});
