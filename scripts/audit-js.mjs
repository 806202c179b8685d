// `npm run audit:js`: how much JavaScript each page costs, measured in the
// browser, and how much of it is the site's own (budget: ≤ 10 KB gzipped
// beyond the framework floor on any page).
//
// Method
// 1. Every page of both locales is loaded in headless Chromium with an empty
//    cache; after the network is idle, the Resource Timing entries give each
//    script's encodedBodySize (bytes on the wire, gzip as `next start` sends
//    them, without headers). Inline <script>s are measured too: our theme
//    script (own code) and Next's RSC payload (page data for hydration, not code).
// 2. Framework floor: the scripts of a page with the same framework setup and
//    no page code of ours, the localized 404 (/en/<random>): root layout,
//    next-intl, React and Next's runtime. Its script list is the floor.
// 3. The build output says which chunk holds whose code: every
//    `*_client-reference-manifest.js` lists the client modules a route ships
//    with their chunks. Modules under node_modules are the framework (e.g.
//    next/link, which the 404 page happens not to load); any other module is
//    ours ('use client' components), and its chunks count as own code.
// 4. Own JS of a page = its scripts that are neither in the floor nor in a
//    framework-only chunk, + chunks holding our client modules, + our inline
//    scripts (the theme script; JSON-LD and the RSC payload are data), gzipped.
//
// Needs a build; starts `next start` on 127.0.0.1:3301, or uses BASE_URL.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, kb, pagePaths, root, startServer, table } from './lib/site.mjs';

const budgetBytes = 10 * 1024;

/** Client modules per build manifest, with their chunks: our own, and the framework's chunks. */
function clientModules() {
  const own = new Map();
  const framework = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/"\[project\]\/([^"]+)":\{"id":[^}]*?"chunks":\[([^\]]*)\]/g)) {
          const chunks = [...m[2].matchAll(/"([^"]+)"/g)].map((c) => c[1]);
          if (m[1].startsWith('node_modules/')) {
            for (const c of chunks) framework.add(c);
            continue;
          }
          own.set(m[1], new Set([...(own.get(m[1]) ?? []), ...chunks]));
        }
      }
    }
  };
  walk(path.join(root, '.next/server/app'));
  for (const chunks of own.values()) for (const c of chunks) framework.delete(c);
  return { own, framework };
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const data = await page.evaluate(() => ({
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname) || e.initiatorType === 'script')
      .map((e) => ({ url: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
    inline: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || /^(text|application)\/(java|ecma)script$|^module$/i.test(s.type))
      .map((s) => s.textContent ?? ''),
    html: performance.getEntriesByType('navigation')[0]?.encodedBodySize ?? 0,
  }));
  await context.close();
  const rsc = data.inline.filter((s) => s.includes('__next_f'));
  const other = data.inline.filter((s) => !s.includes('__next_f'));
  return {
    status: response?.status(),
    scripts: data.scripts,
    html: data.html,
    rscInlineGzip: gzipSync(rsc.join('')).length,
    ownInline: other,
    ownInlineGzip: other.length ? gzipSync(other.join('')).length : 0,
  };
}

const server = await startServer({ port: 3301 });
let exitCode = 0;
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags.filter((f) => f !== '--headless=new') });
  const floorPage = `/en/__js-floor-${Date.now().toString(36)}`;
  const floor = await measure(browser, server.url + floorPage);
  if (floor.status !== 404) throw new Error(`floor page ${floorPage} answered ${floor.status}, expected 404`);
  const floorSet = new Set(floor.scripts.map((s) => s.url));
  const floorBytes = floor.scripts.reduce((n, s) => n + s.encoded, 0);
  const { own, framework } = clientModules();
  const ownChunks = new Set([...own.values()].flatMap((s) => [...s]));
  const floorOwn = floor.scripts.filter((s) => ownChunks.has(s.url));

  const rows = [];
  const over = [];
  let maxOwn = 0;
  const frameworkBeyond = new Map();
  for (const p of pagePaths()) {
    const m = await measure(browser, server.url + p);
    const total = m.scripts.reduce((n, s) => n + s.encoded, 0);
    const beyond = m.scripts.filter((s) => !floorSet.has(s.url));
    const beyondBytes = beyond.reduce((n, s) => n + s.encoded, 0);
    const extra = m.scripts.filter((s) => ownChunks.has(s.url) || (!floorSet.has(s.url) && !framework.has(s.url)));
    const extraBytes = extra.reduce((n, s) => n + s.encoded, 0);
    for (const s of beyond) if (!extra.includes(s)) frameworkBeyond.set(s.url, s.encoded);
    const ownBytes = extraBytes + m.ownInlineGzip;
    maxOwn = Math.max(maxOwn, ownBytes);
    if (ownBytes > budgetBytes) over.push(`${p}: ${kb(ownBytes)} KB own JS (${extra.map((s) => s.url).join(', ') || 'inline'})`);
    rows.push([p, m.status, m.scripts.length, kb(total), `${beyond.length} / ${kb(beyondBytes)}`, kb(extraBytes), kb(m.ownInlineGzip), kb(ownBytes), kb(m.rscInlineGzip), kb(m.html)]);
  }
  await browser.close();

  console.log(`Framework floor (${floorPage}, the localized 404: layout + next-intl + React + Next, no page code):`);
  console.log(`  ${floor.scripts.length} scripts, ${kb(floorBytes)} KB gzipped: ${floor.scripts.map((s) => `${path.basename(s.url)} ${kb(s.encoded)}`).join(', ')}`);
  console.log(`Own client modules in the build ('use client' outside node_modules): ${own.size ? [...own.keys()].join(', ') : 'none'}`);
  if (floorOwn.length) console.log(`  of which loaded by the floor page (counted as own): ${floorOwn.map((s) => s.url).join(', ')}`);
  if (frameworkBeyond.size) console.log(`Framework chunks beyond the floor (node_modules only, per the manifests): ${[...frameworkBeyond].map(([u, b]) => `${path.basename(u)} ${kb(b)} KB`).join(', ')}`);
  console.log();
  console.log(table(['page', 'status', 'scripts', 'script KB', 'beyond floor n/KB', 'own chunks KB', 'own inline KB', 'own JS KB', 'RSC inline KB', 'HTML KB'], rows));
  console.log(`\nAll sizes gzipped as transferred (encodedBodySize); inline sizes gzipped here with zlib. Own JS = scripts beyond the floor + own inline script.`);
  console.log(`Largest own JS on a page: ${kb(maxOwn)} KB (budget ${kb(budgetBytes)} KB).`);
  if (over.length) {
    console.log(`Over budget:\n  ${over.join('\n  ')}`);
    exitCode = 1;
  }
} finally {
  await server.stop();
}
process.exit(exitCode);
