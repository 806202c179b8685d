import { test, expect } from '@playwright/test';
import { allPages } from './site';

test.describe('theme', () => {
  test('follows the system setting when nothing is saved', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/en/deployment');
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(11, 18, 32)' : 'rgb(255, 255, 255)');
      await context.close();
    }
  });

  test('the switch toggles, is remembered, and applies before first paint', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/zh/case-studies');
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    // On the next page the saved choice is applied by the head script, before
    // the body is parsed: at DOMContentLoaded the class and colours are set.
    await page.goto('/zh/resources', { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await toggle.click();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await context.close();
  });

  test('without JavaScript the switch is hidden and the system theme still applies', async ({ browser }) => {
    for (const [colorScheme, text] of [
      ['dark', 'rgb(232, 238, 248)'],
      ['light', 'rgb(15, 27, 45)'],
    ] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
      const page = await context.newPage();
      await page.goto('/en');
      await expect(page.locator('[data-theme-toggle]')).toBeHidden();
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(text);
      await context.close();
    }
  });
});

test('the phone menu opens and navigates without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto('/zh');
  const desktopNav = page.locator('header nav').first();
  await expect(desktopNav).toBeHidden();
  const menu = page.locator('details.mobile-nav');
  await expect(menu.getByRole('link', { name: '案例' })).toBeHidden();
  await menu.locator('summary').click();
  await expect(menu.getByRole('link', { name: '案例' })).toBeVisible();
  await menu.getByRole('link', { name: '案例' }).click();
  await expect(page).toHaveURL(/\/zh\/case-studies$/);
  await expect(page.locator('h1')).toBeVisible();
  await context.close();
});

test('no page scrolls sideways at 320 px', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const { path } of [...allPages, { path: '/en/no-such-page' }, { path: '/zh/no-such-page' }, { path: '/no-such-page' }]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${path} (+${overflow}px)`);
  }
  expect(overflowing).toEqual([]);
  await context.close();
});

test('diagrams show their translated labels on the pages', async ({ page }) => {
  // The stack diagram on the overview: accessible name and a label per language.
  await page.goto('/zh');
  const zh = page.getByRole('img').filter({ hasText: 'Ray Core' }).first();
  await expect(zh).toContainText('训练');
  await page.goto('/en');
  const en = page.getByRole('img').filter({ hasText: 'Ray Core' }).first();
  await expect(en).toContainText('Training');
  await expect(en).not.toContainText('训练');
});
