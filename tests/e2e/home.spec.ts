import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { locales, pathOf, type Locale } from './site';

// What the home page must do for a platform engineer (issue 10): say the main
// point in the hero, show sourced proof that links to the case studies, offer
// a next step that is not more reading, and answer the common questions.
// Expected texts come from the page's own frontmatter where marketers set them.

type ProofPoint = { value: string; label: string; caseStudy: string; source: string };
function frontmatter(locale: Locale): { title: string; lead: string; proof: ProofPoint[] } {
  const source = readFileSync(`content/${locale}/index.mdx`, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]);
}

const mainPoint: Record<Locale, RegExp> = { zh: /补充而不是取代/, en: /complements .* instead of replacing/ };
// The site's own deployment page first (issue 19), then KubeRay and the docs; the feedback form is not in the hero.
const nextSteps = (locale: Locale) => [pathOf(locale, '/deployment'), 'https://docs.ray.io/', 'https://github.com/ray-project/kuberay'];
const proofTitle: Record<Locale, string> = { zh: '案例研究中的成果', en: 'Results from the case studies' };
const yearOnCard: Record<Locale, RegExp> = { zh: /资料年份：(\d{4}) 年/, en: /Source year: (\d{4})/ };
const yearInPanel: Record<Locale, RegExp> = { zh: /年份\s+(\d{4})/, en: /Year\s+(\d{4})/ };
// The FAQ topics the issues ask for, in order: "Does Ray replace…?" first (issue 19); who maintains Ray (review C45).
const faqTopics: Record<Locale, RegExp[]> = {
  zh: [/取代/, /Ray 是什么/, /谁在维护/, /许可证/, /运行在哪里/, /部署模式/, /从哪里开始/],
  en: [/replace/, /What is Ray/, /Who maintains/, /license/, /Where does Ray run/, /deploy/, /Where do I start/],
};

const hero = (page: Page, title: string) => page.getByRole('region', { name: title });

for (const locale of locales) {
  const fm = frontmatter(locale);

  test(`hero: the main point, the stack beside it, next steps that are not more reading (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathOf(locale, '/'));
    const region = hero(page, fm.title);
    await expect(region.getByRole('heading', { level: 1 })).toHaveText(fm.title);
    expect(fm.lead).toMatch(mainPoint[locale]);
    await expect(region).toContainText(fm.lead);
    const hrefs = await region.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(nextSteps(locale));

    // Across the width: the diagram sits to the right of the headline, level with it.
    const h1 = (await region.getByRole('heading', { level: 1 }).boundingBox())!;
    const diagram = (await region.getByRole('img').filter({ hasText: 'Ray Core' }).boundingBox())!;
    expect(diagram.x).toBeGreaterThanOrEqual(h1.x + h1.width);
    expect(diagram.y).toBeLessThan(h1.y + h1.height);
    expect(diagram.x + diagram.width).toBeGreaterThan(1280 * 0.85);

    // On a phone it stacks under the text.
    await page.setViewportSize({ width: 375, height: 800 });
    const h1Phone = (await region.getByRole('heading', { level: 1 }).boundingBox())!;
    const diagramPhone = (await region.getByRole('img').filter({ hasText: 'Ray Core' }).boundingBox())!;
    expect(diagramPhone.y).toBeGreaterThan(h1Phone.y + h1Phone.height);
  });

  test(`every proof number links to the case study that states it (${locale})`, async ({ page }) => {
    await page.goto(pathOf(locale, '/'));
    const strip = page.getByRole('region', { name: proofTitle[locale] });
    const items = strip.getByRole('listitem');
    expect(fm.proof.length).toBeGreaterThanOrEqual(3);
    await expect(items).toHaveCount(fm.proof.length);
    const targets: { href: string; point: ProofPoint }[] = [];
    for (const [i, point] of fm.proof.entries()) {
      const link = items.nth(i).getByRole('link');
      await expect(link).toContainText(point.value);
      await expect(link).toContainText(point.label);
      await expect(link.locator('[data-attribution]')).toHaveCount(1); // its text: attribution.spec.ts
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(pathOf(locale, `/case-studies/${point.caseStudy}`));
      targets.push({ href, point });
    }
    for (const { href, point } of targets) {
      const response = await page.goto(href);
      expect(response?.status()).toBe(200);
      await expect(page.locator('section[aria-labelledby="facts-title"]'), href).toContainText(point.value);
    }
  });

  test(`the FAQ answers the seven questions, with the licence, KubeRay and where to start (${locale})`, async ({ page }) => {
    await page.goto(pathOf(locale, '/'));
    const faq = await page.evaluate(() => {
      const h2 = [...document.querySelectorAll('main h2')].find((h) => /FAQ|Frequently asked questions|常见问题/.test(h.textContent ?? ''));
      if (!h2) return null;
      const questions: string[] = [];
      const answers: string[] = [];
      const hrefs: string[] = [];
      for (let el = h2.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
        if (el.tagName === 'H3') questions.push(el.textContent ?? '');
        else answers.push(el.textContent ?? '');
        for (const a of el.querySelectorAll('a[href]')) hrefs.push(a.getAttribute('href')!);
      }
      return { questions, text: answers.join('\n'), hrefs };
    });
    expect(faq).not.toBeNull();
    expect(faq!.questions).toHaveLength(faqTopics[locale].length);
    faqTopics[locale].forEach((topic, i) => expect(faq!.questions[i]).toMatch(topic));
    expect(faq!.text).toContain('Apache 2.0');
    expect(faq!.text).toContain('SageMaker');
    expect(faq!.hrefs).toEqual(
      expect.arrayContaining([
        'https://github.com/ray-project/ray/blob/master/LICENSE',
        // "Where do I start?" is hands-on (issue 33): install and run locally, then a RayCluster or a RayJob with KubeRay.
        'https://docs.ray.io/en/latest/ray-overview/installation.html',
        'https://docs.ray.io/en/latest/cluster/kubernetes/getting-started/raycluster-quick-start.html',
        'https://docs.ray.io/en/latest/cluster/kubernetes/getting-started/rayjob-quick-start.html',
        'https://github.com/ray-project/kuberay',
        pathOf(locale, '/deployment'),
      ]),
    );
    // Both deployment patterns link to their section of the deployment page.
    expect(faq!.hrefs.filter((h) => h.startsWith(`${pathOf(locale, '/deployment')}#`))).toHaveLength(2);
  });

  test(`proof strip and platform cards use the width at 1280 px, text keeps a readable measure (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathOf(locale, '/'));
    const proof = (await page.getByRole('region', { name: proofTitle[locale] }).getByRole('list').boundingBox())!;
    const cards = (await page.locator('main ul:has(a[href*="/case-studies/"])').last().boundingBox())!;
    const paragraph = (await page.locator('main .prose-site > p').first().boundingBox())!;
    expect(proof.width).toBeGreaterThan(1280 * 0.8);
    expect(Math.round(cards.width)).toBe(Math.round(proof.width));
    expect(paragraph.width).toBeLessThanOrEqual(768);
  });

  test(`case-study cards show the year of their source (${locale})`, async ({ page }) => {
    await page.goto(pathOf(locale, '/case-studies'));
    const cards = page.locator('main ul a[href*="/case-studies/"]');
    const found: { href: string; year: string }[] = [];
    for (const card of await cards.all()) {
      const year = yearOnCard[locale].exec(await card.innerText())?.[1];
      expect(year, (await card.getAttribute('href')) ?? '').toBeTruthy();
      found.push({ href: (await card.getAttribute('href'))!, year: year! });
    }
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const { href, year } of found) {
      await page.goto(href);
      const panel = await page.locator('section[aria-labelledby="facts-title"]').innerText();
      expect(yearInPanel[locale].exec(panel)?.[1], href).toBe(year);
    }
  });

  test(`case studies say they describe the platforms as of their sources, and what Ray AIR was (${locale})`, async ({ page }) => {
    await page.goto(pathOf(locale, '/case-studies'));
    const main = page.locator('main');
    await expect(main).toContainText('2022–2024');
    await expect(main).toContainText('Ray AIR');
    await page.goto(pathOf(locale, '/case-studies/spotify'));
    // Ray AIR is explained where the case study uses it.
    await expect(main.locator('p', { hasText: 'Ray AIR' }).first()).toContainText(locale === 'zh' ? '当时的名称' : 'then called');
  });
}
