import { test, expect, type APIResponse } from '@playwright/test';
import { createHash } from 'node:crypto';
import { allPages, pathOf } from './site';

// Security headers on every response (pages, assets, 404s, redirects, 400s,
// 405s), caching headers, and proof that the CSP breaks nothing in the browser.

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp, `${what}: CSP`).toContain("default-src 'self'");
  // Our files and the inline scripts by hash; never 'unsafe-inline'.
  expect(csp, `${what}: CSP`).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+(;|$)/);
  expect(csp, `${what}: CSP`).not.toContain('unsafe-inline');
  expect(csp, `${what}: CSP`).toMatch(/style-src 'self'(;|$)/);
  expect(csp, `${what}: CSP`).not.toContain('unsafe-eval');
  // System fonts only (issue 21): no font file may load from anywhere.
  expect(csp, `${what}: CSP`).toContain("font-src 'none'");
  expect(csp, `${what}: CSP`).toContain("object-src 'none'");
  expect(csp, `${what}: CSP`).toContain("base-uri 'self'");
  expect(csp, `${what}: CSP`).toContain("form-action 'self'");
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP has no wildcard source`).not.toMatch(/(^|\s)(\*|https?:|http:\/\/\*)(\s|;|$)/);
  const hsts = /max-age=(\d+)/.exec(h['strict-transport-security'] ?? '');
  expect(Number(hsts?.[1] ?? 0), `${what}: HSTS max-age ≥ 1 year`).toBeGreaterThanOrEqual(31_536_000);
  expect(h['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect(h['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  expect(h['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(h['cross-origin-opener-policy'], `${what}: COOP`).toBe('same-origin');
  expect(h['x-powered-by'], `${what}: no X-Powered-By`).toBeUndefined();
}

test('every page sends the security headers, revalidates in browsers and is cacheable by a CDN', async ({ request }) => {
  for (const { path } of allPages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path);
    const cache = response.headers()['cache-control'] ?? '';
    expect(cache, `${path}: Cache-Control`).toMatch(/(^|, )max-age=0(,|$)/);
    expect(cache, `${path}: Cache-Control`).toMatch(/s-maxage=\d+/);
    expect(cache, `${path}: Cache-Control`).not.toMatch(/private|no-store/);
    expect(response.headers()['etag'], `${path}: ETag`).toBeTruthy();
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  }
});

test('the CSP allows exactly the inline scripts the pages have', async ({ request }) => {
  const csp = (await request.get('/zh')).headers()['content-security-policy'];
  const allowed = new Set(/script-src ([^;]+)/.exec(csp)![1].split(' ').slice(1));
  const seen = new Set<string>();
  for (const path of [...allPages.map((p) => p.path), '/index.html', '/nope', '/zh/nope']) {
    const html = await (await request.get(path)).text();
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(attrs)) continue;
      expect(attrs, `${path}: no script file`).not.toMatch(/\bsrc=/);
      const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
      expect(allowed, `${path}: inline script allowed by hash`).toContain(hash);
      seen.add(hash);
    }
  }
  // Both allowed scripts are in use (the head script everywhere, the language choice on /index.html).
  expect([...seen].sort()).toEqual([...allowed].sort());
});

test('files, 404s, redirects, 400s and 405s send the security headers too', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]);
  expect(
    assets.filter((a) => /\.(woff2?|ttf|otf)$/.test(a)),
    'no font file is linked',
  ).toEqual([]);
  const kinds = { css: assets.find((a) => a.endsWith('.css')) };
  for (const [kind, asset] of Object.entries(kinds)) {
    expect(asset, `a ${kind} asset is linked from /en`).toBeTruthy();
    const response = await request.get(asset!);
    expect(response.status(), asset).toBe(200);
    expectSecurityHeaders(response, asset!);
    // Hashed file names: cached for a year, never revalidated.
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
  // Precompressed copies are served as they are.
  const css = await request.get(kinds.css!, { headers: { 'accept-encoding': 'br' } });
  expect(css.headers()['content-encoding']).toBe('br');

  const notFound = await request.get('/en/no-such-page');
  expect(notFound.status()).toBe(404);
  expectSecurityHeaders(notFound, '404 page');
  // A 404 must not be cached as if it were the page.
  expect(notFound.headers()['cache-control']).toMatch(/no-store|no-cache|private/);

  const missingAsset = await request.get('/_next/static/chunks/does-not-exist.js');
  expect(missingAsset.status()).toBe(404);
  expectSecurityHeaders(missingAsset, '404 asset');

  const redirect = await request.get('/', { maxRedirects: 0 });
  expect(redirect.status()).toBe(302);
  expectSecurityHeaders(redirect, 'redirect /');

  const bad = await request.get('/en/%E0%A4%A', { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  expectSecurityHeaders(bad, '400 for bad percent-encoding');

  const method = await request.fetch('/en', { method: 'DELETE', maxRedirects: 0 });
  expect(method.status()).toBe(405);
  expect(method.headers().allow).toBe('GET, HEAD');
  expectSecurityHeaders(method, '405 for DELETE');
});

test('feeds, sitemap and share images carry their types and lifetimes', async ({ request }) => {
  const expectations: [string, RegExp, string][] = [
    ['/zh/feed.xml', /^application\/atom\+xml; charset=utf-8$/, 'public, max-age=3600'],
    ['/sitemap.xml', /^(text|application)\/xml/, 'public, max-age=3600'],
    ['/og/en/deployment.png', /^image\/png$/, 'public, max-age=86400'],
    ['/manifest.webmanifest', /^application\/manifest\+json/, 'public, max-age=86400'],
  ];
  for (const [path, type, cache] of expectations) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
    expect(response.headers()['cache-control'], path).toBe(cache);
    expectSecurityHeaders(response, path);
  }
});

test('Open Graph images are served with an image type and the security headers', async ({ request }) => {
  const seen = new Set<string>();
  for (const { path } of allPages) {
    const html = await (await request.get(path)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, `${path}: og:image`).toBeTruthy();
    // Absolute URLs use SITE_URL; fetch the same path from the test server.
    const url = new URL(og!.replace(/&amp;/g, '&'));
    const target = url.pathname + url.search;
    if (seen.has(target)) continue;
    seen.add(target);
    const response = await request.get(target);
    expect(response.status(), `${path}: ${target}`).toBe(200);
    expect(response.headers()['content-type'], target).toMatch(/^image\/(png|jpeg|webp)/);
    expectSecurityHeaders(response, target);
  }
});

test('the CSP breaks nothing: no violations or errors on any page, the head script and navigation work, no web font', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  for (const { path } of allPages) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    // The inline head script ran (the CSP allows it by hash): it marks <html data-js>.
    await expect(page.locator('html'), path).toHaveAttribute('data-js', '');
    // No web font: the text is painted once, in system fonts, with nothing to wait for.
    const webFonts = await page.evaluate(() => document.fonts.size);
    expect(webFonts, `${path}: no @font-face in use`).toBe(0);
  }
  // Links are plain <a> (no client router prefetching): following one loads the
  // next static page, with its scripts and styles, under the same CSP.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pathOf('en', '/'), { waitUntil: 'networkidle' });
  await page.locator('header nav a[href="/en/deployment"]').first().click();
  await expect(page).toHaveURL(/\/en\/deployment$/);
  await expect(page.locator('html')).toHaveAttribute('data-js', '');
  expect(problems, problems.join('\n')).toEqual([]);
});
