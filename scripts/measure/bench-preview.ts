// `npx tsx scripts/measure/bench-preview.ts`: in `npm run dev`, how long from saving a
// content file until the browser shows it (the first load that does), for
// - a good edit (a new title): the baseline, what the preview did before;
// - a wrong value (order: zzz): Contentlayer keeps its last version and next
//   dev compiles nothing, so the banner only waits for the check;
// - an unknown component: Contentlayer regenerates and next dev recompiles
//   before it answers, as for a good edit;
// each broken and then fixed, PREVIEW_RUNS times (default 3), in a temporary
// copy of the repository (tests/authoring/). Prints the median and range of
// each, and of the check on save as it reports itself ("[check] … (N ms)").
// Pages are loaded with fetch every 100 ms, so a figure is at most ~0.1 s late.
import fs from 'node:fs';
import path from 'node:path';
import { startDev, type DevServer } from '../dev/start-dev';
import { tempCopy } from '../lib/temp-copy';

const runs = Number(process.env.PREVIEW_RUNS ?? 3);
const BANNER = 'data-content-problems="true"';
const copy = tempCopy('bench-preview');
const file = (rel: string) => path.join(copy.dir, rel);
const spotify = 'content/en/case-studies/spotify.mdx';
const whyRay = 'content/en/why-ray.mdx';
const original = { spotify: fs.readFileSync(file(spotify), 'utf8'), whyRay: fs.readFileSync(file(whyRay), 'utf8') };
const figures: Record<string, number[]> = {
  'good edit (new title) → shown': [],
  'order: zzz → banner': [],
  'order fixed → banner gone': [],
  '<UnknownWidget /> → problems shown': [],
  'widget removed → page back': [],
};

let dev: DevServer | undefined;
try {
  dev = await startDev(copy.dir);
  for (const p of ['/en/case-studies/spotify', '/en/why-ray']) await dev.until(p, (h) => h.includes('<h1'), 'no page', Date.now(), 300_000);
  /** Saves `text` to `rel`, then loads `page` until `ok`; notes the time under `label`. */
  const step = async (label: string, rel: string, text: string, page: string, ok: (html: string) => boolean) => {
    fs.writeFileSync(file(rel), text);
    const { ms } = await dev!.until(page, ok, label);
    figures[label].push(ms);
    await new Promise((r) => setTimeout(r, 2000)); // let Contentlayer and next dev settle before the next save
  };
  // Every save is a text the preview has not had before: going back to an earlier one (an undo)
  // sometimes leaves next dev on the version before it (see content/guide/preview.md).
  for (let i = 1; i <= runs; i++) {
    const title = `Spotify: benchmark title ${i}`;
    const fixed = `Spotify: benchmark title ${i}, fixed`;
    const withTitle = (t: string) => original.spotify.replace(/^title: .*$/m, `title: "${t}"`);
    const text = `Benchmark run ${i}.`;
    await step('good edit (new title) → shown', spotify, withTitle(title), '/en/case-studies/spotify', (h) => h.includes(title));
    await step('order: zzz → banner', spotify, withTitle(title).replace(/^order: .*$/m, 'order: zzz'), '/en/case-studies/spotify', (h) =>
      h.includes(BANNER),
    );
    await step(
      'order fixed → banner gone',
      spotify,
      withTitle(fixed),
      '/en/case-studies/spotify',
      (h) => !h.includes(BANNER) && h.includes(fixed),
    );
    await step(
      '<UnknownWidget /> → problems shown',
      whyRay,
      `${original.whyRay.trimEnd()}\n\n<UnknownWidget />\n\n${text}\n`,
      '/en/why-ray',
      (h) => h.includes('&lt;UnknownWidget&gt;'),
    );
    await step(
      'widget removed → page back',
      whyRay,
      `${original.whyRay.trimEnd()}\n\n${text}\n`,
      '/en/why-ray',
      (h) => !h.includes(BANNER) && h.includes(text),
    );
    console.log(`run ${i} of ${runs} done`);
  }
} finally {
  const left = await dev?.stop();
  copy.remove();
  if (left?.length) console.log(`(killed ${left.length} processes left running)`);
}

const checks = [...dev!.output().matchAll(/\[check\] (?:content|messages)\/[^\n]*\((\d+) ms\)/g)].map((m) => Number(m[1]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`\nsave → first load that shows it (${runs} runs; median, min–max):`);
for (const [label, xs] of Object.entries(figures))
  console.log(`  ${label.padEnd(38)} ${s(median(xs))}  (${s(Math.min(...xs))}–${s(Math.max(...xs))})`);
console.log(
  `  check on save, as printed              ${median(checks)} ms  (${Math.min(...checks)}–${Math.max(...checks)} ms, ${checks.length} checks)`,
);
