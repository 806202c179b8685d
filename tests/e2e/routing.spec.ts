import { test, expect } from '@playwright/test';

test.describe('the root redirects to a locale', () => {
  const cases: [string | undefined, string | undefined, string][] = [
    ['en-US,en;q=0.9', undefined, '/en'],
    ['zh-CN,zh;q=0.9', undefined, '/zh'],
    ['fr-FR,fr;q=0.9', undefined, '/zh'], // unsure → zh
    [undefined, undefined, '/zh'],
    ['zh-CN', 'NEXT_LOCALE=en', '/en'], // a remembered choice wins
  ];
  for (const [acceptLanguage, cookie, target] of cases) {
    test(`Accept-Language ${acceptLanguage ?? '(none)'}${cookie ? ` + ${cookie}` : ''} → ${target}`, async ({ request }) => {
      const headers: Record<string, string> = {};
      if (acceptLanguage) headers['accept-language'] = acceptLanguage;
      if (cookie) headers.cookie = cookie;
      const response = await request.get('/', { headers, maxRedirects: 0 });
      expect([307, 308]).toContain(response.status());
      expect(new URL(response.headers().location, 'http://x').pathname).toBe(target);
    });
  }

  test('an unprefixed page path gets the locale prefix', async ({ request }) => {
    const response = await request.get('/deployment', { headers: { 'accept-language': 'en' }, maxRedirects: 0 });
    expect(new URL(response.headers().location, 'http://x').pathname).toBe('/en/deployment');
  });
});

// Every unknown URL gets one static 404 page, in both languages (see app/not-found.tsx).
test.describe('unknown pages get the bilingual 404', () => {
  const cases: [string, RegExp][] = [
    ['/zh/no-such-page', /页面未找到/],
    ['/en/no-such-page', /Page not found/],
    ['/en/case-studies/no-such-company', /Page not found/],
    ['/zh/why-ray/no-such-pillar', /页面未找到/],
    ['/en/deployment/extra/segments', /Page not found/],
  ];
  for (const [path, heading] of cases) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page.locator('h1')).toHaveText(/页面未找到.*Page not found/);
      // A way back in both languages: each overview and the sections.
      for (const locale of ['zh', 'en']) {
        await expect(page.locator(`main a[href="/${locale}"]`)).toBeVisible();
        await expect(page.locator(`main a[href="/${locale}/case-studies"]`)).toBeVisible();
      }
      await expect(page.locator('main [lang="zh-CN"]').first()).toBeVisible();
      await expect(page.locator('main [lang="en"]').first()).toBeVisible();
    });
  }

  test('an unknown locale is a 404, never a 500', async ({ request }) => {
    for (const path of ['/fr', '/fr/why-ray', '/de-DE/case-studies/spotify']) {
      const response = await request.get(path, { headers: { 'accept-language': 'en' } });
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toContain('Page not found');
    }
  });

  test('malformed URLs get 400 or 404', async ({ request }) => {
    for (const path of ['/zh/%E0%A4%A', '/en/%', '/en/' + 'a'.repeat(5000), '/zh/case-studies/%ZZ']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([400, 404], path.slice(0, 40)).toContain(response.status());
    }
  });
});
