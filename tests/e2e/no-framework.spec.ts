import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { byteBudget } from '../../scripts/measure/budgets';
import { allPages, locales, searchRoute } from './site';

// The pages are the publication, not an app: no React, no Next runtime, no
// RSC payload reaches a visitor. What is left is one tiny inline script per
// page: the head script (theme, language memory) on every page, the
// language choice on `/`; and on the search pages only, the search module.
const { js: JS_BUDGET, searchJs: SEARCH_JS_BUDGET } = byteBudget;

const pages = [...allPages.map((p) => p.path), '/index.html', '/zh/nope', '/en/nope', '/nope'];
const searchPages = new Set(allPages.filter((p) => p.route === searchRoute).map((p) => p.path));
/** The search module, named for the head script to load after the first paint (the page is complete without it). */
const SEARCH_MODULE = /\bdata-module="(\/assets\/search\/search\.[0-9a-f]{10}\.js)"/g;

test(`no page carries a script file (the search pages: their module only), a preload or an RSC payload, and none has over ${JS_BUDGET} bytes of inline JavaScript`, async ({
  request,
}) => {
  const report: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const files = html.match(/<script\b[^>]*\bsrc=[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    expect(files, `${path}: <script src>`).toEqual([]);
    expect([...html.matchAll(SEARCH_MODULE)], `${path}: the search module, on the search pages only`).toHaveLength(
      searchPages.has(path) ? 1 : 0,
    );
    expect(html, `${path}: script preload`).not.toMatch(/<link\b[^>]*\bas="script"/i);
    expect(html, `${path}: RSC payload`).not.toContain('self.__next_f');
    expect(html, `${path}: Turbopack bootstrap`).not.toContain('<script id="_R_"');
    expect(html, `${path}: Next chunks`).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs]) => !/type="application\/ld\+json"/.test(attrs))
      .reduce((n, [, , body]) => n + Buffer.byteLength(body), 0);
    expect(inline, `${path}: has its inline script`).toBeGreaterThan(0);
    if (inline > JS_BUDGET) report.push(`${path}: ${inline} bytes of JavaScript`);
  }
  expect(report, report.join('\n')).toEqual([]);
});

test('in the browser, no page fetches a script or payload (the search pages: their module, once the visitor turns to the form), and no framework runs', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.m?js(\?|$)|\.txt(\?|$)|[?&]_rsc=/.test(r.url())) fetched.push(r.url());
  });
  for (const path of pages.filter((p) => p !== '/index.html')) {
    fetched.length = 0;
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(fetched, `${path}: scripts or payloads requested`).toEqual([]);
    if (searchPages.has(path)) {
      // The module waits for the visitor: focus on the page's search field loads it (lib/inline-scripts.ts).
      await page.locator('#search-input').focus();
      await expect.poll(() => fetched, path).toEqual([expect.stringMatching(/\/assets\/search\/search\.[0-9a-f]{10}\.js$/)]);
    }
    const runtime = await page.evaluate(() => ({
      // Next's runtime sets window.next = { version, … } (an element with id="next" is not it).
      next: typeof (window as { next?: { version?: unknown } }).next?.version === 'string',
      payload: '__next_f' in self,
      react: !!document.querySelector('[data-reactroot]') || Object.keys(document.body).some((k) => k.startsWith('__react')),
    }));
    expect(runtime, path).toEqual({ next: false, payload: false, react: false });
  }
});

test(`the search page's JavaScript is at most ${SEARCH_JS_BUDGET / 1024} KB gzipped`, async ({ request }) => {
  for (const path of searchPages) {
    const html = await (await request.get(path)).text();
    const src = /data-module="([^"]+)"/.exec(html)![1];
    const body = await (await request.get(src)).body();
    const gzipped = gzipSync(body, { level: 9 }).length;
    expect(gzipped, `${src}: ${gzipped} bytes gzipped`).toBeLessThanOrEqual(SEARCH_JS_BUDGET);
    expect(gzipped).toBeGreaterThan(1024); // it is the module (MiniSearch included), not an error page
  }
});

// The preview's content-problem banner (components/preview/, lib/preview-problems.ts)
// is for `npm run dev` only: the export has no trace of it, not even its texts.
test('the export has nothing of the preview: no problem banner, its markup, its texts or its file', () => {
  const out = path.resolve('out');
  const files = fs
    .readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(out, f)).isFile());
  expect(
    files.filter((f) => /preview|problems/i.test(f)),
    'files named after it',
  ).toEqual([]);
  // Its markup and the env variable that names the problems file, and every longer phrase of its texts (messages/*/preview.json).
  const markers = ['data-content-problems', 'content-problems-heading', 'data-problem-rule', 'CONTENT_PROBLEMS_FILE'];
  for (const locale of locales) {
    const texts = Object.values(JSON.parse(fs.readFileSync(`messages/${locale}/preview.json`, 'utf8')).Preview as Record<string, string>);
    for (const text of texts) {
      for (const part of text.split(/[{}#]/)) {
        const phrase = part.trim().replace(/^[\s,.:;…]+|[\s,.:;…]+$/g, '');
        if (Buffer.byteLength(phrase) >= 18 && !/\b(plural|select|one|other)\b|=0/.test(phrase)) markers.push(phrase);
      }
    }
  }
  expect(markers.length, 'phrases found in messages/*/preview.json').toBeGreaterThan(10);
  const found: string[] = [];
  for (const file of files.filter((f) => /\.(html|css|js|txt|json|xml|webmanifest)$/.test(f))) {
    const text = fs.readFileSync(path.join(out, file), 'utf8');
    for (const marker of markers) if (text.includes(marker)) found.push(`${file}: ${marker}`);
  }
  expect(found).toEqual([]);

  // Its styles: only utility classes that other files use too, so Tailwind adds no rule to the stylesheet for it.
  const sources = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true })
      .map((f) => path.join(dir, String(f)))
      .filter((f) => /\.tsx?$/.test(f));
  const banner = sources('components/preview');
  const others = ['app', 'components', 'lib']
    .flatMap(sources)
    .filter((f) => !banner.includes(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const classes = banner.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/className="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
  expect(classes.length, 'class names found in components/preview').toBeGreaterThan(10);
  expect(
    [...new Set(classes)].filter((c) => !others.includes(c)),
    'classes only the banner uses',
  ).toEqual([]);
});
