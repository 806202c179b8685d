// At 375 px (a common phone) the header shows the whole site name, and the
// language switch, theme toggle and menu stay on screen: on every page, in
// both languages, nothing in the header is clipped and nothing is wider than
// the screen.
import { test, expect, type Page } from '@playwright/test';
import { allPages } from './site';

const pages = [...allPages.map((p) => p.path), '/zh/404', '/en/404'];

/** Header elements whose text is cut (wider inside than their box), and anything past the right edge. */
async function problems(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('header *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('details:not([open]) > div')) continue;
      if (el.classList.contains('sr-only') || style.position === 'absolute') continue;
      const text = el.textContent?.trim();
      if (text && el.scrollWidth > el.clientWidth + 0.5 && style.overflow !== 'visible')
        out.push(`"${text.slice(0, 40)}" clipped: ${el.scrollWidth} > ${el.clientWidth}`);
      const box = el.getBoundingClientRect();
      if (box.width && box.right > width + 0.5) out.push(`<${el.tagName.toLowerCase()}> "${text?.slice(0, 30)}" ends at ${box.right}px`);
    }
    return out;
  });
}

test.use({ viewport: { width: 375, height: 740 } });

test('every page at 375 px: the header text is whole and nothing is wider than the screen', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of pages) {
    await page.goto(path);
    expect(await problems(page), path).toEqual([]);
  }
});

for (const [locale, name] of [
  ['zh', 'Ray 作为 ML 基础设施'],
  ['en', 'Ray for ML Infrastructure'],
] as const) {
  test(`${locale} at 375 px: the whole name, the language switch, the theme toggle and the menu are on screen`, async ({ page }) => {
    await page.goto(`/${locale}/case-studies/shopify-merlin`);
    const header = page.locator('header');
    const home = header.locator('a').first();
    // The name reads whole: every character shown, on at most two lines.
    await expect(home).toHaveText(name);
    const nameBox = (await home.locator('span').boundingBox())!;
    expect(nameBox.height).toBeLessThan(48);
    for (const control of [header.locator('[data-locale]'), header.locator('[data-theme-toggle]'), header.locator('summary')]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    await header.locator('summary').click();
    await expect(header.locator('details nav a').first()).toBeInViewport({ ratio: 1 });
  });
}
