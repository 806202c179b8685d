// `npm run bench:scale`: how the build and the search page grow with the
// content (a measurement, not a test). In a throwaway copy (scripts/lib/temp-copy.ts,
// removed at the end) it builds today's content, then adds synthetic "Why Ray"
// pages and builds again; for each it prints the time of every build step, the
// size of out/, the search index per locale (raw and gzip) and the bytes the
// search page transfers (gzip, as nginx sends them: HTML, CSS, scripts, the index).
// PAGES=N synthetic pages per locale (default: 9 × today's pages, so 10× in all).
// Synthetic pages are real sentences of that locale's content, shuffled with a
// fixed seed, so the index grows with real words in both languages. CHECK=1
// only writes the synthetic pages and runs the content check on them (quick).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sh, tempCopy } from '../lib/temp-copy';
import { routing } from '../../i18n/routing';
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

const mdxFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((e) => (e.isFile() && e.name.endsWith('.mdx') ? [path.join(e.parentPath, e.name)] : []));

/** Plain prose sentences of a locale's bodies: no markup, links, components, tables or numbers (the content check compares a page's numbers across languages). */
function sentences(dir: string, zh: boolean) {
  const prose = mdxFiles(dir)
    .map((f) => fs.readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .flatMap((body) => body.split('\n'))
    .filter((line) => line.trim() && !/[<>{}[\]|#`*_\\]/.test(line) && !/^\s*-/.test(line));
  const split = zh ? /(?<=[。！？])/ : /(?<=[.!?])\s+/;
  return prose
    .flatMap((line) => line.split(split))
    .map((s) => s.trim())
    .filter((s) => s.length > (zh ? 8 : 30) && !/\d/.test(s));
}

/** A small deterministic generator (mulberry32), so every run builds the same pages. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addPages(dir: string, count: number) {
  for (const locale of routing.locales) {
    const zh = locale === 'zh';
    const pool = sentences(path.join(dir, 'content', locale), zh);
    const next = random(21);
    const pick = (n: number) => Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]);
    const join = (xs: string[]) => xs.join(zh ? '' : ' ');
    const title = (s: string) =>
      s
        .replace(/[。.!?！？,，;；:：]+$/, '')
        .slice(0, zh ? 24 : 60)
        .trim();
    for (let i = 1; i <= count; i++) {
      const sections = Array.from({ length: 3 }, () => `## ${title(pick(1)[0])}\n\n${join(pick(4))}\n\n${join(pick(4))}\n`);
      const description = join(pick(1)).slice(0, zh ? 80 : 160);
      const front = [
        '---',
        `title: ${JSON.stringify(`${title(pick(1)[0])} ${i}`)}`,
        `description: ${JSON.stringify(description)}`,
        'updated: 2026-12-01',
        `order: ${100 + i}`,
        `summary: ${JSON.stringify(description)}`,
        'caseStudies:\n  - spotify',
        '---',
      ];
      fs.writeFileSync(
        path.join(dir, 'content', locale, 'why-ray', `bench-${i}.mdx`),
        `${front.join('\n')}\n\n${join(pick(3))}\n\n${sections.join('\n')}`,
      );
    }
  }
}

const gzipSize = (file: string) =>
  fs.existsSync(`${file}.gz`) ? fs.statSync(`${file}.gz`).size : zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const dirSize = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = path.join(dir, e.name);
    return sum + (e.isDirectory() ? dirSize(p) : fs.statSync(p).size);
  }, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The search page of a locale and what it loads from the site (attributes src/href), gzip bytes each. */
function searchPageBytes(out: string, locale: string, indexUrl: string) {
  const html = path.join(out, locale, 'search.html');
  const text = fs.readFileSync(html, 'utf8');
  const urls = new Set([...text.matchAll(/(?:src|href)="(\/[^"?#]+\.(?:css|js|woff2))"/g)].map((m) => m[1]));
  urls.add(indexUrl);
  const files = [html, ...[...urls].map((u) => path.join(out, u))].filter((f) => fs.existsSync(f));
  return files.reduce((sum, f) => sum + (f.endsWith('.woff2') ? fs.statSync(f).size : gzipSize(f)), 0);
}

function measure(dir: string, label: string) {
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
  for (const [locale, url] of Object.entries(manifest.indexes)) {
    const file = path.join(out, url);
    console.log(
      `  ${locale}: index ${kb(fs.statSync(file).size)} (gzip ${kb(gzipSize(file))}); ` +
        `search page transfers ${kb(searchPageBytes(out, locale, url))} gzip (HTML, CSS, scripts, font, index)`,
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
    measure(copy.dir, "today's content");
    addPages(copy.dir, count);
    measure(copy.dir, `with ${count} synthetic pages per locale`);
  }
} finally {
  copy.remove();
}
