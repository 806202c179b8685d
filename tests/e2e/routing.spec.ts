import { test, expect, type APIResponse } from '@playwright/test';
import { allPages } from './site';

// `/`, paths without a locale and 404s, as the production server (nginx with
// the generated config) answers them, and the static language-choice page
// that hosts without negotiation serve at `/` (out/index.html).

const pathOfLocation = (response: APIResponse) => new URL(response.headers().location ?? '', 'http://x').pathname;

test.describe('`/` negotiates the language', () => {
  const cases: [string | undefined, string][] = [
    ['en-US,en;q=0.9', '/en'],
    ['zh-CN,zh;q=0.9', '/zh'],
    ['fr-FR,fr;q=0.9', '/zh'], // none of ours → zh
    [undefined, '/zh'],
    ['de, zh-TW;q=0.8, en;q=0.7', '/zh'], // the first language the site has wins
    ['fr, en-GB;q=0.6', '/en'],
  ];
  for (const [acceptLanguage, target] of cases) {
    test(`Accept-Language ${acceptLanguage ?? '(none)'} → 302 ${target}, never cached`, async ({ request }) => {
      const response = await request.get('/', { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {}, maxRedirects: 0 });
      expect(response.status()).toBe(302);
      expect(pathOfLocation(response)).toBe(target);
      expect(response.headers().vary).toMatch(/Accept-Language/i);
      expect(response.headers()['cache-control']).toBe('no-store');
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }

  test('the query string survives the redirect', async ({ request }) => {
    const response = await request.get('/?utm_source=test', { headers: { 'accept-language': 'en' }, maxRedirects: 0 });
    expect(response.headers().location).toBe('/en?utm_source=test');
  });
});

test.describe('paths without a locale reach their page', () => {
  for (const [path, acceptLanguage, target] of [
    ['/case-studies/spotify', 'en-US', '/en/case-studies/spotify'],
    ['/case-studies/spotify', undefined, '/zh/case-studies/spotify'],
    ['/deployment', 'zh-CN', '/zh/deployment'],
    ['/why-ray/open-and-extensible', 'en', '/en/why-ray/open-and-extensible'],
  ] as const) {
    test(`${path} (${acceptLanguage ?? 'no Accept-Language'}) → ${target}`, async ({ request }) => {
      const response = await request.get(path, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {}, maxRedirects: 0 });
      expect(response.status()).toBe(302);
      expect(pathOfLocation(response)).toBe(target);
      expect(response.headers().vary).toMatch(/Accept-Language/i);
      expect((await request.get(target)).status()).toBe(200);
    });
  }
});

test.describe('the static language-choice page (`/` on hosts without negotiation)', () => {
  // nginx redirects `/`; /index.html is the file static hosts serve there.
  test.describe('an en-US browser', () => {
    test.use({ locale: 'en-US' });
    test('is sent to /en at once', async ({ page }) => {
      await page.goto('/index.html');
      await page.waitForURL(/\/en$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });

  test.describe('a zh-CN browser', () => {
    test.use({ locale: 'zh-CN' });
    test('is sent to /zh, and to the language it chose with the switch once it did', async ({ page }) => {
      await page.goto('/index.html');
      await page.waitForURL(/\/zh$/);
      await page.locator('header a[data-locale="en"]').click();
      await page.waitForURL(/\/en$/);
      await page.goto('/index.html');
      await page.waitForURL(/\/en$/);
    });
  });

  test.describe('a browser that prefers neither language', () => {
    test.use({ locale: 'fr-FR' });
    test('is sent to /zh', async ({ page }) => {
      await page.goto('/index.html');
      await page.waitForURL(/\/zh$/);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'en-US' });
    test('the <noscript> refresh goes to /zh, and both languages are links', async ({ page, request }) => {
      const html = await (await request.get('/index.html')).text();
      expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/zh"\/?><\/noscript>/);
      for (const locale of ['zh', 'en']) expect(html).toContain(`href="/${locale}"`);
      await page.goto('/index.html');
      await page.waitForURL(/\/zh$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });
  });
});

// Unknown paths: the locale's own 404 page under /zh/ and /en/, the bilingual one elsewhere.
test.describe('404 pages', () => {
  const localized: [string, 'zh' | 'en'][] = [
    ['/zh/nope', 'zh'],
    ['/en/nope', 'en'],
    ['/en/case-studies/no-such-company', 'en'],
    ['/zh/why-ray/no-such-pillar', 'zh'],
    ['/en/deployment/extra/segments', 'en'],
    ['/zh/404', 'zh'],
    ['/en/404.html', 'en'],
  ];
  for (const [path, locale] of localized) {
    test(`${path} answers 404 in ${locale === 'zh' ? 'Chinese' : 'English'} only`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('h1')).toHaveText(locale === 'zh' ? '页面未找到' : 'Page not found');
      await expect(page.locator('main')).not.toContainText(locale === 'zh' ? 'Page not found' : '页面未找到');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      // The way back: the overview and every section, plus the site header.
      await expect(page.locator(`main a[href="/${locale}"]`)).toBeVisible();
      await expect(page.locator(`main a[href="/${locale}/case-studies"]`)).toBeVisible();
      await expect(page.locator('header nav a').first()).toBeAttached();
    });
  }

  for (const path of ['/nope', '/fr/why-ray', '/de-DE/case-studies/spotify', '/404']) {
    test(`${path} answers 404 in both languages`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText(/页面未找到.*Page not found/);
      for (const locale of ['zh', 'en']) {
        await expect(page.locator(`main a[href="/${locale}"]`)).toBeVisible();
        await expect(page.locator(`main a[href="/${locale}/case-studies"]`)).toBeVisible();
      }
      await expect(page.locator('main [lang="zh-CN"]').first()).toBeVisible();
      await expect(page.locator('main [lang="en"]').first()).toBeVisible();
    });
  }

  test('404 responses are not cached', async ({ request }) => {
    for (const path of ['/zh/nope', '/en/nope', '/nope']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
  });
});

test('a trailing slash redirects to the one URL of the page', async ({ request }) => {
  const response = await request.get('/en/deployment/', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/en/deployment');
});

test('no response sets a cookie', async ({ request }) => {
  const paths = ['/', '/index.html', '/case-studies', '/zh/nope', '/nope', '/sitemap.xml', '/og/zh.png', ...allPages.map((p) => p.path)];
  for (const path of paths) {
    for (const headers of [{}, { 'accept-language': 'en' }] as Record<string, string>[]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.headers()['set-cookie'], `${path} ${JSON.stringify(headers)}`).toBeUndefined();
    }
  }
});

test('malformed URLs get 400 or 404, and overlong ones 414 or 404', async ({ request }) => {
  for (const path of ['/zh/%E0%A4%A', '/en/%', '/zh/case-studies/%ZZ']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  const overlong = await request.get('/en/' + 'a'.repeat(9000), { maxRedirects: 0 });
  expect([404, 414]).toContain(overlong.status());
});
