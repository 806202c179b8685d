// `npx tsx scripts/measure/font-lookups.ts`: what the first layout of a page
// costs in Chromium, from a performance trace of its load (mobile viewport):
// the system-font lookups (FontCache::GetFontPlatformData; on Linux each is a
// fontconfig query over IPC to the browser process), the time they take, the
// layout and style time, and the longest main-thread task. The lookup COUNT
// does not depend on the machine's load, so it compares builds and CSS
// changes where Lighthouse's TBT is noise (issue 34: 85 lookups on
// /en/deployment with `ui-sans-serif` first, 57 without; the floor page 9).
// Needs a build. PAGES=/en,/zh/deployment (default: one page of each type);
// RUNS (default 3; the table shows the median run by lookup count).
import { chromium as playwright } from 'playwright-core';
import { loadavg } from 'node:os';
import { floorPaths, startFloorServer } from './floor-pages';
import { chromium, startServer, table } from './site';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } };

const pages = process.env.PAGES?.split(',').filter(Boolean) ?? [
  '/en',
  '/en/deployment',
  '/en/case-studies/spotify',
  '/zh',
  '/zh/deployment',
];
const runs = Math.max(1, Number(process.env.RUNS ?? 3));
const server = await startServer({ port: 3300 });
const floor = await startFloorServer();
const browser = await playwright.launch({ executablePath: chromium.executablePath, args: chromium.args });

/** Sum of the outermost events of this name (nested calls counted once), in ms. */
function outermost(events: TraceEvent[], name: string) {
  const all = events.filter((e) => e.name === name);
  const top = all.filter((e) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur!));
  return { count: all.length, ms: top.reduce((n, e) => n + e.dur!, 0) / 1000 };
}

async function measure(url: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  // A same-origin document first, so the page loads in the renderer being traced
  // (the site's COOP header would otherwise move it to a new process mid-trace).
  if (url.startsWith(server.url)) await page.goto(new URL('/robots.txt', url).href);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'fonts'],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();
  // The page's renderer: the busiest main thread (the site's COOP header gives it a process of its own).
  const threads = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = threads
    .map((t) => traceEvents.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.dur))
    .sort((a, b) => b.length - a.length)[0];
  const fonts = outermost(main, 'FontCache::GetFontPlatformData');
  const longest = Math.max(...main.filter((e) => e.name === 'ThreadControllerImpl::RunTask').map((e) => e.dur!)) / 1000;
  return {
    lookups: fonts.count,
    lookupMs: fonts.ms,
    layoutMs: outermost(main, 'Layout').ms,
    styleMs: outermost(main, 'UpdateLayoutTree').ms,
    longest,
  };
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${runs} run(s) a page`,
);
const rows: unknown[][] = [];
try {
  for (const [label, url] of [...floorPaths.map((p) => [p, floor.url + p]), ...pages.map((p) => [p, server.url + p])]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(url));
    // By lookup count: now and then a trace misses the first layout (0 lookups).
    results.sort((a, b) => a.lookups - b.lookups);
    const r = results[Math.floor((results.length - 1) / 2)];
    rows.push([label, r.lookups, Math.round(r.lookupMs), Math.round(r.layoutMs), Math.round(r.styleMs), Math.round(r.longest)]);
  }
} finally {
  await browser.close();
  await server.stop();
  await floor.stop();
}
console.log(table(['page', 'font lookups', 'lookups ms', 'layout ms', 'style ms', 'longest task ms'], rows));
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
