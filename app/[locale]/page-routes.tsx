// Builders for the route files of app/[locale]/…: each route file says which
// content route it shows, and gets its page component and metadata from here.
// The locale comes from the route (checked once, routeLocale) and the document
// is looked up once per render (React cache: metadata and page share it); the
// template gets both as props.
import type { Metadata } from 'next';
import { cache } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { routeLocale } from '@/i18n/route-locale';
import { getPage, getPillars, getCaseStudies, pendingInCollection, pendingTranslation, type AnyDoc, type Page } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { StandardPage } from '@/components/templates/standard-page';
import { PillarPage } from '@/components/templates/pillar-page';
import { CaseStudyPage } from '@/components/templates/case-study-page';
import { TranslationPendingPage, translationPendingMetadata } from '@/components/templates/translation-pending-page';

type LocaleParams = { params: Promise<{ locale: string }> };
type SlugParams = { params: Promise<{ locale: string; slug: string }> };

const pageDocument = cache(getPage);

/**
 * A route backed by a "Page" document: content/{locale}{route}.mdx (or
 * index.mdx for "/"), shown by StandardPage or another template (the search page's).
 * Without a document in this locale, a page published in the other language
 * first (translationPending) gets its notice here; any other route is a 404.
 */
export function standardRoute(route: string, Template: (props: { locale: Locale; page: Page }) => React.ReactNode = StandardPage) {
  async function Route({ params }: LocaleParams) {
    const locale = routeLocale((await params).locale);
    setRequestLocale(locale);
    const page = pageDocument(locale, route);
    const pending = page ? undefined : pendingTranslation(locale, route);
    if (pending) return <TranslationPendingPage locale={locale} doc={pending} />;
    if (!page) notFound();
    return <Template locale={locale} page={page} />;
  }
  async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
    const locale = routeLocale((await params).locale);
    const page = pageDocument(locale, route);
    if (!page) return pendingTranslation(locale, route) ? translationPendingMetadata(locale) : {};
    return pageMetadata({ locale, route, title: page.title, description: page.description, absoluteTitle: route === '/' });
  }
  return { Route, generateMetadata };
}

/**
 * A route over a collection of documents with a slug (pillars, case studies):
 * static params from the collection, the page from its template, metadata
 * from the document (plus `extraMetadata` for article dates and the like).
 * A document published in another language first (translationPending) is
 * built in this locale too, as its notice page.
 */
function collectionRoute<T extends AnyDoc>(
  list: (locale: Locale) => T[],
  Template: (props: { locale: Locale; doc: T }) => React.ReactNode,
  extraMetadata: (doc: T) => Partial<Parameters<typeof pageMetadata>[0]> = () => ({}),
) {
  const document = cache((locale: Locale, slug: string) => list(locale).find((d) => d.slug === slug));
  const pending = cache((locale: Locale, slug: string) => pendingInCollection(list, locale).find((d) => d.slug === slug));
  return {
    generateStaticParams: ({ params }: { params: { locale: string } }) => {
      const locale = routeLocale(params.locale);
      return [...list(locale), ...pendingInCollection(list, locale)].map((doc) => ({ slug: doc.slug }));
    },
    async Route({ params }: SlugParams) {
      const { slug, ...rest } = await params;
      const locale = routeLocale(rest.locale);
      setRequestLocale(locale);
      const doc = document(locale, slug);
      const elsewhere = doc ? undefined : pending(locale, slug);
      if (elsewhere) return <TranslationPendingPage locale={locale} doc={elsewhere} />;
      if (!doc) notFound();
      return <Template locale={locale} doc={doc} />;
    },
    async generateMetadata({ params }: SlugParams): Promise<Metadata> {
      const { slug, ...rest } = await params;
      const locale = routeLocale(rest.locale);
      const doc = document(locale, slug);
      if (!doc) return pending(locale, slug) ? translationPendingMetadata(locale) : {};
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
