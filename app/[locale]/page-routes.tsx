// Builders for the route files of app/[locale]/…: each route file says which
// content route it shows, and gets its page component and metadata from here.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { getPage, getPillars, getCaseStudies, type AnyDoc } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { StandardPage } from '@/components/templates/standard-page';
import { PillarPage } from '@/components/templates/pillar-page';
import { CaseStudyPage } from '@/components/templates/case-study-page';

type LocaleParams = { params: Promise<{ locale: string }> };
type SlugParams = { params: Promise<{ locale: string; slug: string }> };

function checkedLocale(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

/**
 * A route backed by a "Page" document: content/{locale}{route}.mdx (or
 * index.mdx for "/"), shown by StandardPage or another template (the search page's).
 */
export function standardRoute(route: string, Template: (props: { locale: Locale; route: string }) => React.ReactNode = StandardPage) {
  async function Route({ params }: LocaleParams) {
    const locale = checkedLocale((await params).locale);
    setRequestLocale(locale);
    return <Template locale={locale} route={route} />;
  }
  async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
    const locale = checkedLocale((await params).locale);
    const page = getPage(locale, route);
    if (!page) return {};
    return pageMetadata({ locale, route, title: page.title, description: page.description, absoluteTitle: route === '/' });
  }
  return { Route, generateMetadata };
}

/**
 * A route over a collection of documents with a slug (pillars, case studies):
 * static params from the collection, the page from its template, metadata
 * from the document (plus `extraMetadata` for article dates and the like).
 */
function collectionRoute<T extends AnyDoc>(
  list: (locale: Locale) => T[],
  Template: (props: { locale: Locale; slug: string }) => React.ReactNode,
  extraMetadata: (doc: T) => Partial<Parameters<typeof pageMetadata>[0]> = () => ({}),
) {
  return {
    generateStaticParams: ({ params }: { params: { locale: string } }) =>
      list(checkedLocale(params.locale)).map((doc) => ({ slug: doc.slug })),
    async Route({ params }: SlugParams) {
      const { slug, ...rest } = await params;
      const locale = checkedLocale(rest.locale);
      setRequestLocale(locale);
      return <Template locale={locale} slug={slug} />;
    },
    async generateMetadata({ params }: SlugParams): Promise<Metadata> {
      const { slug, ...rest } = await params;
      const locale = checkedLocale(rest.locale);
      const doc = list(locale).find((d) => d.slug === slug);
      if (!doc) return {};
      return pageMetadata({
        locale,
        route: doc.route,
        title: doc.title,
        description: doc.description,
        ...extraMetadata(doc),
      });
    },
  };
}

export const pillarRoute = collectionRoute(getPillars, PillarPage);

export const caseStudyRoute = collectionRoute(getCaseStudies, CaseStudyPage, (study) => ({
  type: 'article',
  publishedTime: study.published,
  modifiedTime: study.updated,
}));
