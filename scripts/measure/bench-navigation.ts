// `npm run bench:navigation`: how long a visitor waits after a click for the
// next page's first contentful paint, in Chromium on Lighthouse's mobile
// network (150 ms round trip, 1.6 Mbit/s down, by CDP's
// Network.emulateNetworkConditions), desktop-style: the pointer rests on the
// link for 400 ms, then clicks. Over links between pages of every type (home,
// section, pillar, case study, list, both languages), three ways in one run:
//   before: the site without its Speculation-Rules header (no prefetch);
//   after:  the site as built (prefetch on hover, lib/delivery-navigation.ts);
//   floor:  the next page already in the browser's cache (visited first and
//           served cacheable), so nothing waits on the network.
// Prints the median and the worst of each. Needs a build (`npm run build`).
// RUNS (default 3) navigations per link and way; PORT (default 3345, and the next two).
import fs from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { chromium as playwright, type Page } from 'playwright-core';
import { pageCacheControl } from '@/lib/delivery';
import { buildCachePath } from '@/lib/build-cache';
import { startNginx } from '../serve/nginx';
import { chromium, root, table } from './site';

/** [from, to]: a page, and a link on it to click (found by its href). */
const links: [string, string][] = [
  ['/en', '/en/why-ray'],
  ['/en/why-ray', '/en/why-ray/open-and-extensible'],
  ['/en/case-studies', '/en/case-studies/spotify'],
  ['/en/case-studies/spotify', '/en/deployment'],
  ['/en/deployment', '/en/resources'],
  ['/zh', '/zh/case-studies'],
  ['/zh/case-studies/shopify-merlin', '/zh/why-ray'],
  ['/zh/resources', '/zh'],
];
const HOVER_MS = 400;
const runs = Math.max(1, Number(process.env.RUNS ?? 3));
const basePort = Number(process.env.PORT ?? 3345);
const network = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

/** The site's nginx config, changed for a way of the bench (written beside npm start's). */
function variantConfig(name: string, change: (conf: string) => string): string {
  const file = path.join(buildCachePath(root, 'nginx', `bench-${name}`), 'site.conf');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, change(fs.readFileSync(path.join(root, 'hosting', 'nginx', 'site.conf'), 'utf8')));
  return file;
}
const withoutRules = (conf: string) => conf.replace(/^\s*add_header Speculation-Rules .*\n/gm, '');

async function clickToPaint(page: Page, base: string, from: string, to: string, visitFirst: boolean): Promise<number> {
  if (visitFirst) await page.goto(base + to, { waitUntil: 'load' });
  await page.goto(base + from, { waitUntil: 'load' });
  // The click's time, kept across the navigation (sessionStorage is per tab and origin).
  await page.evaluate(() =>
    addEventListener('click', (e) => sessionStorage.setItem('clickAt', String(performance.timeOrigin + e.timeStamp)), { capture: true }),
  );
  const link = page.locator(`a[href="${to}"]:visible`).first();
  await link.hover();
  await page.waitForTimeout(HOVER_MS);
  await Promise.all([page.waitForURL(base + to, { waitUntil: 'commit' }), link.click()]);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (!fcp) return;
          observer.disconnect();
          resolve(performance.timeOrigin + fcp.startTime - Number(sessionStorage.getItem('clickAt')));
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const ways = [
  { name: 'before', site: variantConfig('before', withoutRules), visitFirst: false },
  { name: 'after', site: undefined, visitFirst: false },
  // Cacheable pages and no prefetch: the second visit is served by the browser's cache.
  {
    name: 'floor',
    site: variantConfig('floor', (c) => withoutRules(c).replaceAll(`"${pageCacheControl}"`, '"public, max-age=600"')),
    visitFirst: true,
  },
];
const servers = await Promise.all(ways.map((w, i) => startNginx({ port: basePort + i, host: '127.0.0.1', site: w.site })));
// BENCH_CHROMIUM_ARGS: extra flags, e.g. --disable-features=ViewTransitionOnNavigation to compare.
const extraArgs = (process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);
const browser = await playwright.launch({ executablePath: chromium.executablePath, args: [...chromium.args, ...extraArgs] });
const results = new Map<string, number[]>();
const perLink = new Map<string, number[]>();
console.log(
  `Machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${links.length} links × ${runs} runs × ${ways.length} ways; hover ${HOVER_MS} ms; ` +
    `network ${network.latency} ms RTT, ${(network.downloadThroughput * 8) / 1e6} Mbit/s`,
);
try {
  for (let run = 0; run < runs; run++) {
    for (const [i, way] of ways.entries()) {
      for (const [from, to] of links) {
        // A new context per navigation: an empty cache, as for a visitor's first page.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', network);
        const ms = await clickToPaint(page, servers[i].url, from, to, way.visitFirst);
        await context.close();
        results.set(way.name, [...(results.get(way.name) ?? []), ms]);
        perLink.set(`${way.name} ${from} → ${to}`, [...(perLink.get(`${way.name} ${from} → ${to}`) ?? []), ms]);
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.stop()));
}
const rows = ways.map((w) => {
  const xs = results.get(w.name) ?? [];
  return [w.name, xs.length, Math.round(median(xs)), Math.round(Math.min(...xs)), Math.round(Math.max(...xs))];
});
console.log(`\n${table(['way', 'clicks', 'median ms', 'best ms', 'worst ms'], rows)}\n`);
console.log(
  table(
    ['link', ...ways.map((w) => `${w.name} median`)],
    links.map(([from, to]) => [
      `${from} → ${to}`,
      ...ways.map((w) => Math.round(median(perLink.get(`${w.name} ${from} → ${to}`) ?? [NaN]))),
    ]),
  ),
);
console.log(`\nClick to first contentful paint of the next page. Goal: median ≤ 100 ms, worst ≤ 250 ms (after).`);
console.log(
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
