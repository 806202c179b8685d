// The editor in a Chinese browser: Sveltia takes its interface language from
// the browser and loads those strings at run time. From the CDN it would be
// refused by /admin/'s CSP, and the page hung (seen with zh-CN, ja, de); the
// build serves the package's own locales/ from /admin/locales/.
import { expect, test } from '@playwright/test';

test.use({ locale: 'zh-CN' });

test('the editor opens in Chinese for a zh-CN browser, its strings served by the site', async ({ page }) => {
  const offSite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(page.url() || 'http://127.0.0.1').origin) && r.url().includes('/locales/')) offSite.push(r.url());
  });
  const strings = page.waitForResponse((r) => r.url().endsWith('/admin/locales/zh-CN.json'));
  await page.goto('/admin/');
  expect((await strings).status()).toBe(200);
  await expect(page.getByRole('button', { name: '使用本地仓库' })).toBeVisible({ timeout: 20_000 });
  expect(offSite).toEqual([]);
});
