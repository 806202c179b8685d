import { test, expect } from '@playwright/test';
import { allPages } from './site';

// The pages are the publication, not an app: no React, no Next runtime, no
// RSC payload reaches a visitor. What is left is one tiny inline script per
// page: the head script (theme, language memory) on every page, the
// language choice on `/`.
const JS_BUDGET = 1024; // bytes of JavaScript per page

const pages = [...allPages.map((p) => p.path), '/index.html', '/zh/nope', '/en/nope', '/nope'];

test(`no page carries a script file, a preload or an RSC payload, and none has over ${JS_BUDGET} bytes of JavaScript`, async ({ request }) => {
  const report: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    expect(html, `${path}: <script src>`).not.toMatch(/<script\b[^>]*\bsrc=/i);
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

test('in the browser, no page fetches a script or payload, and no framework runs', async ({ page }) => {
  test.setTimeout(90_000);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.m?js(\?|$)|\.txt(\?|$)|[?&]_rsc=/.test(r.url())) fetched.push(r.url());
  });
  for (const path of pages.filter((p) => p !== '/index.html')) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const runtime = await page.evaluate(() => ({
      // Next's runtime sets window.next = { version, … } (an element with id="next" is not it).
      next: typeof (window as { next?: { version?: unknown } }).next?.version === 'string',
      payload: '__next_f' in self,
      react: !!document.querySelector('[data-reactroot]') || Object.keys(document.body).some((k) => k.startsWith('__react')),
    }));
    expect(runtime, path).toEqual({ next: false, payload: false, react: false });
  }
  expect(fetched, 'scripts or payloads requested').toEqual([]);
});
