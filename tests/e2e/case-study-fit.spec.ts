import { test, expect } from '@playwright/test';
import { locales, pathOf } from './site';

// Issue 33 in the browser: the comparison table on /case-studies is a real
// table (caption, header cells, one row per case study) that stays inside a
// 375 px screen; a case study's facts panel keeps results apart from context
// and its next step links the Ray docs, the deployment section and its
// pillars; the home hero says what Ray is.

const caseStudies = ['shopify-merlin', 'spotify', 'instacart-griffin'];

for (const locale of locales) {
  test(`comparison table at 375 px: a captioned table, no horizontal overflow of the page (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(pathOf(locale, '/case-studies'));
    const table = page.locator('.comparison table');
    await expect(table.locator('caption')).not.toBeEmpty();
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(7);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(caseStudies.length);
    for (const slug of caseStudies)
      await expect(table.locator(`tbody tr[data-case-study="${slug}"] a`)).toHaveAttribute('href', pathOf(locale, `/case-studies/${slug}`));
    // The page is no wider than the screen, and neither is any cell.
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      view: window.innerWidth,
      widest: Math.max(...[...document.querySelectorAll('.comparison td, .comparison th')].map((c) => c.getBoundingClientRect().right)),
    }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect(widths.widest).toBeLessThanOrEqual(widths.view);
    // Each cell says which column it is in (the header row is hidden in the stacked layout).
    const label = await table
      .locator('tbody td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).not.toBe('none');
  });

  test(`comparison table at 1280 px is laid out as a table (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathOf(locale, '/case-studies'));
    const display = await page
      .locator('.comparison tbody tr')
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe('table-row');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test(`case study: results apart from context, a next step from the frontmatter (${locale})`, async ({ page }) => {
    await page.goto(pathOf(locale, '/case-studies/instacart-griffin'));
    const panel = page.locator('.facts-panel');
    await expect(panel.locator('[data-key-numbers="result"] li')).toHaveCount(3);
    await expect(panel.locator('[data-key-numbers="context"] li')).toHaveCount(3);
    await expect(panel.locator('[data-key-numbers="result"]')).toContainText('2–3');
    await expect(panel.locator('[data-key-numbers="context"]')).toContainText(locale === 'zh' ? '10 亿+' : '1B+');
    await expect(panel.locator('[data-workload="batch-inference"]')).toBeVisible();
    const next = page.locator('.next-step');
    await expect(next.locator('a[data-ray-docs]').first()).toHaveAttribute('href', /^https:\/\/docs\.ray\.io\/en\/latest\//);
    await expect(next.locator(`a[href^="${pathOf(locale, '/deployment')}#"]`)).toHaveCount(1);
    await expect(next.locator('[data-derived="pillars"] a')).not.toHaveCount(0);
    await expect(next.locator('[data-derived="related"] a')).not.toHaveCount(0);
  });

  test(`home hero says what Ray is and that the guide is independent (${locale})`, async ({ page }) => {
    await page.goto(pathOf(locale, '/'));
    const hero = page.locator('.home-hero');
    await expect(hero).toContainText('Apache 2.0');
    await expect(hero).toContainText('Python');
    await expect(page.locator('.hero-what-ray')).toContainText(locale === 'zh' ? '独立指南' : 'independent guide');
  });
}
