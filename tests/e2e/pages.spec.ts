import { test, expect } from '@playwright/test';
import { allPages, htmlLang, locales, pathOf, routes, sourceLinks } from './site';

// Key facts per page, in each language: what a reader must find there.
const keyFacts: Record<string, { zh: RegExp[]; en: RegExp[] }> = {
  '/': { zh: [/Ray Train/, /Ray Core/, /KubeRay/], en: [/Ray Train/, /Ray Core/, /KubeRay/] },
  '/why-ray/seamless-dev-to-prod': { zh: [/笔记本电脑/], en: [/laptop/i] },
  '/why-ray/unified-ml-api-and-runtime': { zh: [/XGBoost/, /PyTorch/, /Hugging Face/], en: [/XGBoost/, /PyTorch/, /Hugging Face/] },
  '/why-ray/open-and-extensible': { zh: [/开源/, /Kubernetes/], en: [/open source/i, /Kubernetes/] },
  '/case-studies/shopify-merlin': { zh: [/Merlin/, /Shopify/, /Ray Train/], en: [/Merlin/, /Shopify/, /Ray Train/] },
  '/case-studies/spotify': { zh: [/播客/, /KubeRay/], en: [/podcast/i, /KubeRay/] },
  '/case-studies/instacart-griffin': { zh: [/Griffin/, /Celery/, /2–3 天/], en: [/Griffin/, /Celery/, /2–3 days/] },
  '/deployment': { zh: [/Airflow/, /MLflow/, /Feast/, /SageMaker/], en: [/Airflow/, /MLflow/, /Feast/, /SageMaker/] },
  '/why-ray': { zh: [/三大支柱/, /逐一深入/], en: [/The three pillars/, /Go deeper/] },
  '/case-studies': { zh: [/三个平台，三种起点/, /Spotify/], en: [/Three platforms, three starting points/, /Spotify/] },
  '/resources': { zh: [/演讲/, /Uber/], en: [/talks/, /Uber/] },
  '/search': { zh: [/搜索本站/], en: [/Search the site/] },
};

test('every route has key facts to look for', () => {
  expect(Object.keys(keyFacts).sort()).toEqual([...routes].sort());
});

for (const { locale, route, path } of allPages) {
  test(`${path} serves its page in ${locale}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    const heading = (await h1.innerText()).trim();
    expect(heading.length).toBeGreaterThan(1);
    // zh headings are Chinese; en headings contain no Chinese characters.
    if (locale === 'zh') expect(heading).toMatch(/[\u4e00-\u9fff]/);
    else expect(heading).not.toMatch(/[\u4e00-\u9fff]/);
    const text = await page.locator('main').innerText();
    for (const fact of keyFacts[route][locale]) expect(text).toMatch(fact);
    // The test build sets no EDIT_URL_BASE: no "Edit this page" link (the authoring test sets one).
    await expect(page.locator('[data-edit-link]')).toHaveCount(0);
  });
}

for (const locale of locales) {
  test(`every outbound link of the source appears in ${locale}`, async ({ request }) => {
    const hrefs = new Set<string>();
    for (const route of routes) {
      const response = await request.get(pathOf(locale, route));
      expect(response.status(), route).toBe(200);
      const html = await response.text();
      for (const m of html.matchAll(/href="([^"]+)"/g)) hrefs.add(m[1].replace(/&amp;/g, '&'));
    }
    for (const link of sourceLinks) expect([...hrefs], link).toContain(link);
    // The dead Ray Summit link survives only as a labelled archived talk on the resources page.
    const resourcesPage = await request.get(pathOf(locale, '/resources'));
    expect(resourcesPage.status()).toBe(200);
    const resources = await resourcesPage.text();
    expect(resources).toContain('https://www.anyscale.com/ray-summit-2022/agenda/sessions/180');
  });

  test(`source errors are fixed in ${locale}`, async ({ request }) => {
    for (const route of routes) {
      const response = await request.get(pathOf(locale, route));
      expect(response.status(), route).toBe(200);
      const html = await response.text();
      expect(html).not.toContain('填些');
      expect(html).not.toContain('。。');
      expect(html).not.toMatch(/AI Runtime/i);
      expect(html).not.toContain('[演示]');
    }
  });
}

test('the language link keeps the current page', async ({ page }) => {
  await page.goto('/zh/case-studies/spotify');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/en\/case-studies\/spotify$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '阅读中文版' }).click();
  await expect(page).toHaveURL(/\/zh\/case-studies\/spotify$/);
});

test('header navigation reaches every section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en');
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).first();
  for (const [name, url] of [
    ['Why Ray', '/en/why-ray'],
    ['Case studies', '/en/case-studies'],
    ['Deployment', '/en/deployment'],
    ['Resources', '/en/resources'],
  ]) {
    await nav.getByRole('link', { name, exact: false }).first().click();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.locator('h1')).toBeVisible();
  }
});
