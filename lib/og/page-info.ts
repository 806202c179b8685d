// What a page's share image says: its title and description (frontmatter),
// the site name, and a section label ("Case study · Shopify").
import type { Messages } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getAllDocs } from '@/lib/content';

export type OgPageInfo = {
  locale: Locale;
  route: string;
  title: string;
  description: string;
  /** Section label above the title. */
  label: string;
  siteName: string;
  tagline: string;
  isHome: boolean;
};

const sectionKeys: Record<string, keyof Messages['Seo']['sections']> = {
  '': 'home',
  'why-ray': 'whyRay',
  'case-studies': 'caseStudies',
  deployment: 'deployment',
  resources: 'resources',
};

/** Share-image text of one page, or undefined when the page does not exist in that locale. */
export async function ogPageInfo(locale: Locale, route: string): Promise<OgPageInfo | undefined> {
  const doc = getAllDocs(locale).find((d) => d.route === route);
  if (!doc) return undefined;
  const t = translatorFor(locale);
  const section = route.split('/')[1] ?? '';
  const sectionKey = sectionKeys[section];
  const siteName = t('Site.name');
  let label = sectionKey ? t(`Seo.sections.${sectionKey}`) : siteName;
  if (doc.type === 'Pillar') label = t('Seo.pillarLabel', { number: doc.order });
  if (doc.type === 'CaseStudy') label = t('Seo.caseStudyLabel', { company: doc.company });
  return {
    locale,
    route,
    title: doc.title,
    description: doc.description,
    label,
    siteName,
    tagline: t('Site.tagline'),
    isHome: route === '/',
  };
}
