// `npm run bench:scale`: how the build and the search page grow with the
// content (a measurement, not a test). In a throwaway copy (scripts/lib/temp-copy.ts,
// removed at the end) it builds today's content, then adds synthetic "Why Ray"
// pages and builds again; for each it prints the time of every build step, the
// size of out/, the search index per locale (raw and gzip) and the bytes the
// search page transfers (gzip, as nginx sends them: HTML, CSS, script, the index's
// head on opening, then the index parts a query loads).
// PAGES=N synthetic pages per locale (default: 9 × today's pages, so 10× in all).
// Synthetic pages are real sentences of that locale's content, shuffled with a
// fixed seed, so the index grows with real words in both languages. CHECK=1
// only writes the synthetic pages and runs the content check on them (quick).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sh, tempCopy } from '../lib/temp-copy';
import { routing, type Locale } from '../../i18n/routing';
import { createSplitSearch, type SearchHead } from '../../lib/search/split';
import { recallCases } from './search-recall-cases';
import { addPages, mdxFiles } from './synthetic-pages';
import { MANIFEST_FILE } from '../../lib/search/assets';

// The steps of `npm run build` (prebuild, build, postbuild in package.json), timed one by one.
const STEPS: [string, string[]][] = [
  ['content check', ['npx', 'tsx', 'scripts/content/check.ts']],
  ['images', ['npx', 'tsx', 'scripts/build/images.ts']],
  ['Contentlayer', ['npx', 'contentlayer2', 'build']],
  ['search index', ['npx', 'tsx', 'scripts/build/search.ts']],
  ['next build (pages, share images)', ['npx', 'next', 'build']],
  ['export', ['npx', 'tsx', 'scripts/build/export.ts']],
];

const gzipSize = (file: string) =>
  fs.existsSync(`${file}.gz`) ? fs.statSync(`${file}.gz`).size : zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const dirSize = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = path.join(dir, e.name);
    return sum + (e.isDirectory() ? dirSize(p) : fs.statSync(p).size);
  }, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The search page of a locale and what it loads on opening (attributes src/href, and the index's head), gzip bytes. */
function searchPageBytes(out: string, locale: string, headUrl: string) {
  const html = path.join(out, locale, 'search.html');
  const text = fs.readFileSync(html, 'utf8');
  const urls = new Set([...text.matchAll(/(?:src|href)="(\/[^"?#]+\.(?:css|js))"/g)].map((m) => m[1]));
  urls.add(headUrl);
  return [html, ...[...urls].map((u) => path.join(out, u))].filter((f) => fs.existsSync(f)).reduce((sum, f) => sum + gzipSize(f), 0);
}

/** Results the search page shows at first (lib/search/client.ts). */
const RESULTS_SHOWN = 10;
/** Queries no page has all the words of, found by the substring fallback, which reads every body. */
const SUBSTRING_ONLY: Record<Locale, string> = { zh: '布式运', en: 'ributed' };

/**
 * The index parts each recall query (scripts/measure/search-recall-cases.ts)
 * loads after the head, through the browser's own code (a fresh search per
 * query, so nothing is cached): gzip bytes of the median and the heaviest query.
 */
async function queryBytes(out: string, locale: Locale, headUrl: string) {
  const read = (url: string) => JSON.parse(fs.readFileSync(path.join(out, url), 'utf8')) as unknown;
  const head = read(headUrl) as SearchHead;
  const bytesOf = async (query: string) => {
    const loaded: string[] = [];
    await createSplitSearch(head, async (url) => (loaded.push(url), read(url)))(query, RESULTS_SHOWN);
    return loaded.reduce((sum, url) => sum + gzipSize(path.join(out, url)), 0);
  };
  const bytes: { query: string; bytes: number }[] = [];
  for (const [query] of recallCases[locale]) bytes.push({ query, bytes: await bytesOf(query) });
  bytes.sort((a, b) => a.bytes - b.bytes);
  return {
    median: bytes[Math.floor(bytes.length / 2)].bytes,
    heaviest: bytes[bytes.length - 1],
    fallback: { query: SUBSTRING_ONLY[locale], bytes: await bytesOf(SUBSTRING_ONLY[locale]) },
  };
}

async function measure(dir: string, label: string) {
  const times: string[] = [];
  let total = 0;
  for (const [name, cmd] of STEPS) {
    const started = performance.now();
    const r = sh(dir, cmd[0], cmd.slice(1));
    const s = (performance.now() - started) / 1000;
    total += s;
    if (r.status !== 0) throw new Error(`${label}: ${name} failed:\n${r.out.slice(-4000)}`);
    times.push(`${name} ${s.toFixed(1)} s`);
  }
  const out = path.join(dir, 'out');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as { indexes: Record<string, string> };
  const pages = mdxFiles(path.join(dir, 'content')).length;
  console.log(`\n${label}: ${pages} MDX files; build ${total.toFixed(1)} s (${times.join(', ')})`);
  console.log(`  out/: ${(dirSize(out) / 1024 / 1024).toFixed(1)} MB`);
  for (const [locale, url] of Object.entries(manifest.indexes) as [Locale, string][]) {
    const parts = fs.readdirSync(path.join(out, 'assets', 'search')).filter((f) => f.startsWith(`${locale}.`) && f.endsWith('.json'));
    const whole = parts.reduce((sum, f) => sum + gzipSize(path.join(out, 'assets', 'search', f)), 0);
    const page = searchPageBytes(out, locale, url);
    const query = await queryBytes(out, locale, url);
    console.log(
      `  ${locale}: index ${kb(whole)} gzip in ${parts.length} files (head ${kb(gzipSize(path.join(out, url)))}); ` +
        `search page ${kb(page)} gzip on opening (HTML, CSS, script, head), ` +
        `${kb(page + query.median)} with a query's parts (median of the recall words), ` +
        `${kb(page + query.heaviest.bytes)} with the heaviest (“${query.heaviest.query}”); ` +
        `${kb(page + query.fallback.bytes)} for a substring-only query (“${query.fallback.query}”)`,
    );
  }
}

const today = mdxFiles(path.join(process.cwd(), 'content')).length / routing.locales.length;
const count = Number(process.env.PAGES ?? today * 9);
const copy = tempCopy('bench-scale');
try {
  if (process.env.CHECK) {
    addPages(copy.dir, count);
    const r = sh(copy.dir, 'npx', ['tsx', 'scripts/content/check.ts']);
    console.log(r.out);
    process.exitCode = r.status ?? 1;
  } else {
    await measure(copy.dir, "today's content");
    addPages(copy.dir, count);
    await measure(copy.dir, `with ${count} synthetic pages per locale`);
  }
} finally {
  copy.remove();
}
