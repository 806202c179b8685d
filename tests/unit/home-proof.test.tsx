// The home page's proof strip: every figure comes from a published case study
// that states it, both languages show the same figures in the same order, and
// a wrong slug fails the build with the file and the item.
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { localePath, routing, type Locale } from '@/i18n/routing';
import { getCaseStudies, getPage, type Page } from '@/lib/content';
import { ProofStrip } from '@/components/templates/proof-strip';
import zhCommon from '@/messages/zh/common.json';
import enCommon from '@/messages/en/common.json';

const messages = { zh: zhCommon, en: enCommon } as const;
const home = (locale: Locale) => {
  const page = getPage(locale, '/');
  if (!page) throw new Error(`no home page for ${locale}`);
  return page;
};
const render = (locale: Locale, page: Page) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      <ProofStrip page={page} locale={locale} />
    </NextIntlClientProvider>,
  );
// What the strip shows under a figure, written out here so a wrong derivation fails.
const summaryAttribution = {
  zh: (p: string) => `据 ${p} 的摘要`,
  en: (p: string) => `via ${p}${p.endsWith('s') ? "'" : "'s"} summary`,
} as const;
const sourceAttribution = { zh: (p: string) => `来源：${p}`, en: (p: string) => `Source: ${p}` } as const;
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe.each(routing.locales)('home proof strip (%s)', (locale) => {
  const page = home(locale);

  it('has at least three figures, each stated in the facts panel of a published case study', () => {
    expect(page.proof.length).toBeGreaterThanOrEqual(3);
    for (const point of page.proof) {
      const study = getCaseStudies(locale).find((c) => c.slug === point.caseStudy);
      expect(study, point.caseStudy).toBeDefined();
      expect(study!.draft).toBe(false);
      expect(
        study!.keyNumbers.map((n) => n.value),
        `${point.caseStudy}: ${point.value}`,
      ).toContain(point.value);
    }
  });

  it('holds results on Ray only: each figure is a key number of kind "result", never a bare year', () => {
    for (const point of page.proof) {
      const study = getCaseStudies(locale).find((c) => c.slug === point.caseStudy)!;
      const number = study.keyNumbers.find((n) => n.value === point.value);
      expect(number?.kind, `${point.caseStudy}: ${point.value}`).toBe('result');
      expect(point.value).not.toMatch(/^\s*(19|20)\d\d\s*年?\s*$/);
    }
  });

  it('links each figure to its case study, in order, with the attribution of the source it cites', () => {
    const html = render(locale, page);
    const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    const studies = getCaseStudies(locale);
    expect(hrefs).toEqual(page.proof.map((p) => localePath(locale, studies.find((c) => c.slug === p.caseStudy)!.route)));
    const items = html.split('<li').slice(1);
    page.proof.forEach((point, i) => {
      expect(items[i]).toContain(escape(point.value));
      expect(items[i]).toContain(escape(point.label));
      const source = studies.find((c) => c.slug === point.caseStudy)!.sources.find((s) => s.id === point.source);
      expect(source?.publisher, `${point.caseStudy}: source ${point.source}`).toBeDefined();
      const shown = source!.summary ? summaryAttribution[locale](source!.publisher!) : sourceAttribution[locale](source!.publisher!);
      expect(items[i]).toContain(`text-muted">${escape(shown)}</span>`);
    });
  });
});

describe('home proof strip in both languages', () => {
  it('shows the same case studies in the same order in zh and en', () => {
    const slugs = (locale: Locale) => home(locale).proof.map((p) => p.caseStudy);
    expect(slugs('zh')).toEqual(slugs('en'));
  });

  it('names the file and the item when a slug is not a published case study', () => {
    const page = home('en');
    const broken = { ...page, proof: [{ ...page.proof[0], caseStudy: 'instacart' }] } as Page;
    expect(() => render('en', broken)).toThrow(
      /content\/en\/index\.mdx: proof item 1 has caseStudy "instacart".*use one of .*instacart-griffin/,
    );
  });

  it('renders nothing for a page without proof', () => {
    expect(render('zh', { ...home('zh'), proof: [] } as Page)).toBe('');
  });
});
