import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { allPages } from './site';

// The site's own client JavaScript stays within 10 KB gzipped beyond the
// framework floor on every page. (`npm run audit:js` prints the figures and
// explains the method; this is the same check as a test.)
const budget = 10 * 1024;

/** Scripts a page loaded (encoded = gzipped bytes on the wire) and its inline JS. */
async function scripts(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
  return page.evaluate(() => ({
    files: performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => e.initiatorType === 'script' || /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => ({ url: new URL(e.name).pathname, encoded: e.encodedBodySize })),
    inline: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !(s as HTMLScriptElement).type || /javascript|module/.test((s as HTMLScriptElement).type))
      .map((s) => s.textContent ?? '')
      .filter((s) => !s.includes('__next_f')), // the RSC payload is data, not code
  }));
}

test('no page ships more than 10 KB of our own JavaScript beyond the framework', async ({ page }) => {
  test.setTimeout(120_000);
  // Client modules outside node_modules ('use client' components of ours), per the build manifests.
  const own: string[] = [];
  const ownChunks = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (e.name.endsWith('_client-reference-manifest.js')) {
        for (const m of readFileSync(file, 'utf8').matchAll(/"\[project\]\/([^"]+)":\{"id":[^}]*?"chunks":\[([^\]]*)\]/g)) {
          if (m[1].startsWith('node_modules/')) continue;
          own.push(m[1]);
          for (const c of m[2].matchAll(/"([^"]+)"/g)) ownChunks.add(c[1]);
        }
      }
    }
  };
  walk(path.join(process.cwd(), '.next/server/app'));

  // Framework floor: what the localized 404 loads (layout, next-intl, React, Next).
  const floor = await scripts(page, '/en/__js-floor');
  const floorFiles = new Set(floor.files.filter((f) => !ownChunks.has(f.url)).map((f) => f.url));
  expect(floorFiles.size).toBeGreaterThan(0);

  const report: string[] = [];
  for (const { path: p } of allPages) {
    const { files, inline } = await scripts(page, p);
    // Beyond the floor: chunks the 404 did not load. next/link's chunk is framework code too,
    // so count only chunks that hold our modules or that no framework page loads.
    const extra = files.filter((f) => ownChunks.has(f.url) || !floorFiles.has(f.url));
    const inlineBytes = inline.reduce((n, s) => n + Buffer.byteLength(s), 0);
    const ownBytes = extra.filter((f) => ownChunks.has(f.url)).reduce((n, f) => n + f.encoded, 0) + inlineBytes;
    const beyondBytes = extra.reduce((n, f) => n + f.encoded, 0) + inlineBytes;
    // Strict: everything beyond the 404's scripts counts, framework or not (uncompressed inline, too).
    if (beyondBytes > budget) report.push(`${p}: ${(beyondBytes / 1024).toFixed(1)} KB beyond the floor (${extra.map((f) => f.url).join(', ')}), own ${(ownBytes / 1024).toFixed(1)} KB`);
  }
  expect(report, `${report.join('\n')}\nown client modules: ${own.join(', ') || 'none'}`).toEqual([]);
});
