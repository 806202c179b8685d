import { test, expect, type Page } from '@playwright/test';
import { allPages, htmlLang, locales, pathOf, routes, type Locale } from './site';

// Every page reads and navigates with JavaScript disabled: content, the
// header navigation (a <details> disclosure at phone width, a plain list on
// desktop) and the language switch are plain HTML.
test.use({ javaScriptEnabled: false });

const other = (l: Locale): Locale => (l === 'zh' ? 'en' : 'zh');
const routeOf = (url: string) => new URL(url).pathname.replace(/^\/(zh|en)/, '') || '/';

async function expectReadable(page: Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
  await expect(page.locator('h1')).toBeVisible();
  const main = page.locator('main');
  await expect(main).toBeVisible();
  expect((await main.innerText()).trim().length).toBeGreaterThan(100);
}

for (const locale of locales) {
  test(`${locale}: every page reads and switches language without JavaScript (phone)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const route of routes) {
      const path = pathOf(locale, route);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectReadable(page, locale);
      // The theme button needs JavaScript, so it stays hidden without it.
      await expect(page.locator('[data-theme-toggle]')).toBeHidden();
      // The language link leads to the same page in the other language.
      await page.locator('header a[hreflang]').click();
      await expect(page).toHaveURL(new RegExp(`${pathOf(other(locale), route)}$`));
      await expectReadable(page, other(locale));
    }
  });

  test(`${locale}: the phone menu (<details>) navigates without JavaScript`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(pathOf(locale, '/'));
    const menu = page.locator('header details');
    const summary = menu.locator('summary');
    const links = menu.locator('nav a');
    await expect(summary).toBeVisible();
    await expect(links.first()).toBeHidden();
    await summary.click();
    await expect(links.first()).toBeVisible();
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThanOrEqual(5); // home + sections
    // Follow every menu entry, opening the menu afresh on each page.
    for (const href of targets) {
      if ((await page.locator('header details').getAttribute('open')) === null) await page.locator('header details summary').click();
      await page.locator('header details nav').locator(`a[href="${href}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expectReadable(page, locale);
      expect(allPages.map((p) => p.path)).toContain(new URL(page.url()).pathname);
      expect(routes as readonly string[]).toContain(routeOf(page.url()));
    }
  });

  test(`${locale}: the desktop header navigation works without JavaScript`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(pathOf(locale, '/'));
    await expect(page.locator('header details')).toBeHidden();
    const nav = page.locator('header nav').first();
    const targets = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const href of targets) {
      await page.locator('header nav').first().locator(`a[href="${href}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expectReadable(page, locale);
    }
    // Back home through the site name.
    await page.locator('header a').first().click();
    await expect(page).toHaveURL(new RegExp(`${pathOf(locale, '/')}$`));
  });
}

test('in-page links of every page resolve without JavaScript', async ({ page, request }) => {
  // Same-site page links found in the static HTML answer 200 (checked once each;
  // files such as feeds are left to their own tests).
  test.setTimeout(90_000);
  const seen = new Set<string>();
  for (const { path } of allPages) {
    await page.goto(path);
    const hrefs = await page.locator('a[href^="/"]:not([href*="."])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      const target = href.split('#')[0];
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const response = await request.get(target, { maxRedirects: 0 });
      expect(response.status(), `${target} (linked from ${path})`).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(22);
});
