// `tsx scripts/measure/search-figures.ts`: the site search's figures, printed (a
// measurement, not a test). Needs `npm run build`; starts `npm start`'s nginx
// on 127.0.0.1:3302 (PORT to change), or measures BASE_URL; NO_BROWSER=1 prints
// the sizes and recall only.
//   - sizes of the index per locale and of the search module: raw, gzip, brotli (as served, precompressed);
//   - recall of the word list in scripts/measure/search-recall-cases.ts: top 1, top 3, and pages found of those containing the word;
//   - in Chromium: median time from a keystroke to the updated results (search and rendering, in the page),
//     time to the first results when the page opens with ?q=, and whether the browser's Intl.Segmenter
//     splits the Chinese content into the same words as Node's did for the index.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, kb, root, startServer, table } from './site';
import { localePath } from '../../i18n/routing';
import { SEARCH_ROUTE } from '../../lib/routes';
import { MANIFEST_FILE } from '../../lib/search/assets';
import { recall, nodeTokens } from './search-recall';

const manifest = JSON.parse(fs.readFileSync(path.join(root, MANIFEST_FILE), 'utf8'));
const out = path.join(root, 'out');
const sizes = (url: string) => {
  const file = path.join(out, url);
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : NaN);
  return [kb(size(file)), kb(size(`${file}.gz`)), kb(size(`${file}.br`))];
};
console.log('Files (KB)');
console.log(
  table(
    ['file', 'raw', 'gzip', 'brotli'],
    [
      ...Object.entries(manifest.indexes as Record<string, string>).map(([locale, url]) => [`index (${locale}) ${url}`, ...sizes(url)]),
      [`module ${manifest.script}`, ...sizes(manifest.script)],
    ],
  ),
);

const recallRows = await recall();
console.log('\nRecall (scripts/measure/search-recall-cases.ts)');
console.log(
  table(
    ['locale', 'words', 'named page 1st', 'named page in top 3', 'pages with the word found'],
    recallRows.map((r) => [r.locale, r.cases, `${r.top1}/${r.cases}`, `${r.top3}/${r.cases}`, `${r.pagesFound}/${r.pagesWithWord}`]),
  ),
);
for (const r of recallRows) if (r.misses.length) console.log(`  ${r.locale} not in the top 3: ${r.misses.join(', ')}`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

if (process.env.NO_BROWSER) process.exit(0);
const server = await startServer({ port: 3302 });
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags.filter((f) => f !== '--headless=new') });
  const version = browser.version();
  const rows = [];
  for (const { locale, queries } of recallRows) {
    // Keystrokes: each prefix of each query, typed into the field; timed from the input event to the
    // status line's update (the results are rendered with it). A part of the index that is not loaded
    // yet makes that keystroke wait for the network: it shows in p95 and slowest, not in the median.
    const page = await browser.newPage();
    await page.goto(`${server.url}${localePath(locale, SEARCH_ROUTE)}?q=warm`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.state !== 'loading');
    const times = await page.evaluate(async (queries) => {
      const input = document.getElementById('search-input') as HTMLInputElement;
      const status = document.getElementById('search-status')!;
      const keystroke = [];
      const full = [];
      for (let round = 0; round < 5; round++) {
        for (const q of queries) {
          const chars = [...q];
          for (let i = 1; i <= chars.length; i++) {
            input.value = chars.slice(0, i).join('');
            // (Inline, not a named helper: tsx would wrap a named function in a __name() the page does not have.)
            const done = new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                if (document.getElementById('search-results')?.dataset.state === 'loading') return;
                observer.disconnect();
                resolve();
              });
              observer.observe(status, { childList: true, characterData: true, subtree: true });
            });
            const t0 = performance.now();
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await done;
            const ms = performance.now() - t0;
            keystroke.push(ms);
            if (i === chars.length) full.push(ms);
          }
        }
      }
      return { keystroke, full };
    }, queries);
    await page.close();
    // First results after opening the page with ?q= (fresh context: module and index not cached).
    const firstResults = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${server.url}${localePath(locale, SEARCH_ROUTE)}?q=${encodeURIComponent(queries[0])}`);
      await p.waitForFunction(() => document.getElementById('search-results')?.dataset.state === 'results');
      firstResults.push(await p.evaluate(() => performance.now()));
      await context.close();
    }
    rows.push([
      locale,
      median(times.full).toFixed(2),
      `${median(times.keystroke).toFixed(2)} / ${p95(times.keystroke).toFixed(1)} / ${Math.max(...times.keystroke).toFixed(0)}`,
      times.keystroke.length,
      median(firstResults).toFixed(0),
    ]);
  }
  console.log(`\nIn the browser (Chromium ${version}; ms)`);
  console.log(
    table(
      [
        'locale',
        'median, whole query',
        'keystroke: median / p95 / slowest',
        'keystrokes',
        'first results after opening ?q= (median of 5, cold cache)',
      ],
      rows,
    ),
  );

  // Segmentation: the index was built with Node's ICU; queries are segmented by the browser's.
  const docs = nodeTokens('zh');
  const page = await browser.newPage();
  await page.goto(`${server.url}/zh`);
  const browserTokens = await page.evaluate(
    (texts) => {
      const seg = new Intl.Segmenter('zh', { granularity: 'word' });
      return texts.map((t) => [...seg.segment(t.normalize('NFKC').toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment));
    },
    docs.map((d) => d.text),
  );
  let same = 0;
  let total = 0;
  let identicalDocs = 0;
  docs.forEach((d, i) => {
    const a = d.tokens.join('\u0001');
    const b = browserTokens[i].join('\u0001');
    if (a === b) identicalDocs++;
    const bSet = new Map();
    for (const t of browserTokens[i]) bSet.set(t, (bSet.get(t) ?? 0) + 1);
    for (const t of d.tokens) {
      total++;
      if (bSet.get(t) > 0) {
        same++;
        bSet.set(t, bSet.get(t) - 1);
      }
    }
  });
  await page.close();
  console.log(
    `\nChinese segmentation, Node ${process.versions.node} (ICU ${process.versions.icu}) vs Chromium ${version}: ${identicalDocs}/${docs.length} documents split identically; ${same}/${total} of Node's words also among the browser's.`,
  );
  await browser.close();
} finally {
  await server.stop();
}
