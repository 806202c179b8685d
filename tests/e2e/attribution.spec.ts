import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import { locales, pathOf, type Locale } from './site';

// The footer's promise (issue 19): wherever a fact comes from a third-party
// summary, the page says so. Every card, proof-strip item and facts-panel
// value whose frontmatter carries an attribution shows it, in both languages.
// Key numbers and proof items cite a source by id: the attribution shown is
// derived from that source, and written out here so a wrong derivation fails.

type Source = { id?: string; publisher?: string; summary?: boolean };
type KeyNumber = { value: string; label: string; source: string; kind: 'result' | 'context' };
type Study = {
  slug: string;
  outcome: string;
  outcomeAttribution?: string;
  deployment: string;
  deploymentAttribution?: string;
  rayLibrariesAttribution?: string;
  workloadsAttribution?: string;
  scaleAttribution?: string;
  beforeAttribution?: string;
  keyNumbers?: KeyNumber[];
  sources: Source[];
};

const derived: Record<Locale, { summary: (p: string) => string; other: (p: string) => string }> = {
  zh: { summary: (p) => `据 ${p} 的摘要`, other: (p) => `来源：${p}` },
  en: { summary: (p) => `via ${p}${p.endsWith('s') ? "'" : "'s"} summary`, other: (p) => `Source: ${p}` },
};
/** The attribution the page must show for a figure citing source `id` of `study`. */
function cited(study: Study, id: string, locale: Locale): string {
  const source = study.sources.find((s) => s.id === id);
  if (!source?.publisher) throw new Error(`${study.slug}: no source with id ${id} and a publisher`);
  return source.summary ? derived[locale].summary(source.publisher) : derived[locale].other(source.publisher);
}

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]);
const studies = (locale: Locale): Study[] =>
  readdirSync(`content/${locale}/case-studies`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), ...frontmatter(`content/${locale}/case-studies/${f}`) }))
    .filter((s) => !s.draft);

/** The card (or strip item) that links to a case study. */
const cardFor = (scope: Locator, locale: Locale, slug: string) =>
  scope.locator(`li > a[href="${pathOf(locale, `/case-studies/${slug}`)}"]`);

for (const locale of locales) {
  const list = studies(locale);

  test(`case-study cards show their outcome's attribution: case studies page and pillar pages (${locale})`, async ({ page }) => {
    expect(list.filter((s) => s.outcomeAttribution).length).toBeGreaterThan(0);
    for (const route of ['/case-studies', '/why-ray/seamless-dev-to-prod']) {
      await page.goto(pathOf(locale, route));
      for (const study of list) {
        const card = cardFor(page.locator('main'), locale, study.slug);
        await expect(card).toContainText(study.outcome);
        if (study.outcomeAttribution) await expect(card.locator('[data-attribution]')).toHaveText(study.outcomeAttribution);
        else await expect(card.locator('[data-attribution]')).toHaveCount(0);
      }
    }
  });

  test(`the home page's cards show how each platform runs Ray, attributed, and the strip its attributions (${locale})`, async ({
    page,
  }) => {
    await page.goto(pathOf(locale, '/'));
    const proof: { caseStudy: string; value: string; source: string }[] = frontmatter(`content/${locale}/index.mdx`).proof;
    const strip = page.locator('section[aria-labelledby="proof-title"]');
    for (const point of proof) {
      const item = strip.locator('li', { hasText: point.value });
      const study = list.find((s) => s.slug === point.caseStudy)!;
      await expect(item.locator('[data-attribution]')).toHaveText(cited(study, point.source, locale));
    }
    const cards = page.locator('main ul:has(a[href*="/case-studies/"])').last();
    for (const study of list) {
      const card = cardFor(cards, locale, study.slug);
      await expect(card).toContainText(study.deployment);
      // Each outcome is shown once on the home page: in the strip, not on the cards.
      await expect(card).not.toContainText(study.outcome);
      if (study.deploymentAttribution) await expect(card.locator('[data-attribution]')).toHaveText(study.deploymentAttribution);
    }
  });

  test(`facts panels show the attribution of every summary-sourced value, and each key number its source (${locale})`, async ({ page }) => {
    for (const study of list) {
      await page.goto(pathOf(locale, `/case-studies/${study.slug}`));
      const panel = page.locator('section[aria-labelledby="facts-title"]');
      const shown = await panel.locator('[data-attribution]').allInnerTexts();
      // In the panel's order: the fit facts, then results on Ray, then context (issue 33).
      const numbers = study.keyNumbers ?? [];
      const expected = [
        study.workloadsAttribution,
        study.rayLibrariesAttribution,
        study.deploymentAttribution,
        study.scaleAttribution,
        study.beforeAttribution,
        ...numbers.filter((n) => n.kind === 'result').map((n) => cited(study, n.source, locale)),
        ...numbers.filter((n) => n.kind !== 'result').map((n) => cited(study, n.source, locale)),
      ].filter((a): a is string => Boolean(a));
      expect(shown, study.slug).toEqual(expected);
      for (const n of study.keyNumbers ?? []) {
        const item = panel.locator('li', { hasText: n.label });
        await expect(item).toContainText(cited(study, n.source, locale));
      }
    }
  });
}
