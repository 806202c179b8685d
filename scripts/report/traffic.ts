// `npm run report:traffic -- [--json] [--out <dir>] <log files…>`: what is
// read, from nginx's access logs in the privacy format (lib/access-log.ts;
// `npm start` writes .cache/nginx/<port>/access.log). Logs may be gzipped
// (logrotate's .gz). Without --json it writes <dir>/index.html (the figures
// below: pages by language, referrers, dead inbound links, searches and those
// that find nothing, Markdown reads, crawlers with AI crawlers named,
// prefetches) and <dir>/goaccess.html (GoAccess's own full report of the same
// logs, prefetches left out). --json prints the figures instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { goaccessDateFormat, goaccessLogFormat, goaccessTimeFormat, parseLogLine } from '@/lib/access-log';
import { searchManifest } from '@/lib/search/assets';
import { createSplitSearch, type SearchHead } from '@/lib/search/split';
import { root } from '../lib/root';
import { trafficFigures } from './traffic/figures';
import { reportHtml } from './traffic/html';

const usage = 'usage: npm run report:traffic -- [--json] [--out <dir>] <access log files…>';
const args = process.argv.slice(2);
const json = args.includes('--json');
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '') : path.join(root, 'traffic-report'));
const files = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
if (!files.length) {
  console.error(`report:traffic: no log files given.\n${usage}`);
  process.exit(2);
}
const missing = files.filter((f) => !fs.existsSync(f));
if (missing.length) {
  console.error(`report:traffic: no such file: ${missing.join(', ')}\n${usage}`);
  process.exit(2);
}
const lines = files.flatMap((f) => {
  const raw = fs.readFileSync(f);
  return (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean);
});

/**
 * Searches run in the visitor's browser, so the log has the query but not its
 * results: they are counted here with the site's own search over the last
 * build's index (out/), so "found nothing" holds for today's content.
 */
async function searchCounter() {
  const manifest = searchManifest();
  const read = (url: string) => JSON.parse(fs.readFileSync(path.join(root, 'out', url), 'utf8')) as unknown;
  if (!manifest) return null;
  const engines = new Map<string, ReturnType<typeof createSplitSearch>>();
  return async (query: string, locale: string) => {
    const url = manifest.indexes[locale];
    if (!url || !fs.existsSync(path.join(root, 'out', url))) return null;
    if (!engines.has(locale))
      engines.set(
        locale,
        createSplitSearch(read(url) as SearchHead, async (u) => read(u)),
      );
    return (await engines.get(locale)!(query)).total;
  };
}

const counter = await searchCounter();
const queries = trafficFigures(lines).searches;
const found = new Map<string, number | null>();
for (const s of queries) found.set(`${s.locale} ${s.query}`, counter ? await counter(s.query, s.locale) : null);
const figures = trafficFigures(lines, (q, l) => found.get(`${l} ${q}`) ?? null);
const unparsed = lines.length - lines.filter((l) => parseLogLine(l)).length;

if (json) {
  console.log(JSON.stringify(figures, null, 2));
  process.exit(0);
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'index.html'), reportHtml(figures, { files, lines: lines.length, unparsed }));
// GoAccess (Debian package; scripts/serve/ensure-system-deps.sh installs it): its full report, prefetches left out.
const goaccess = spawnSync(
  'goaccess',
  [
    '-',
    `--log-format=${goaccessLogFormat}`,
    `--date-format=${goaccessDateFormat}`,
    `--time-format=${goaccessTimeFormat}`,
    '--no-global-config',
    '--no-query-string',
    '--html-report-title=Ray for ML Infrastructure: requests',
    '-o',
    path.join(outDir, 'goaccess.html'),
  ],
  { input: lines.filter((l) => !/prefetch/i.test(parseLogLine(l)?.secPurpose ?? '')).join('\n') + '\n', encoding: 'utf8' },
);
if (goaccess.error || goaccess.status !== 0) {
  console.error(
    `report:traffic: wrote ${path.join(outDir, 'index.html')}, but GoAccess ${goaccess.error ? 'is not installed' : `failed: ${goaccess.stderr}`}.` +
      '\nInstall it with: sudo apt-get install goaccess',
  );
  process.exit(1);
}
console.log(`report:traffic: ${lines.length} lines (${unparsed} in another format) → ${outDir}/index.html and goaccess.html`);
