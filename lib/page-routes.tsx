// Builders for the route files in app/[locale]/…: each route file says which
// content route it shows, and gets its page component and metadata from here.
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { getPage, getPillar, getPillars, getCaseStudy, getCaseStudies } from './content';
import { pageMetadata } from './seo';
import { StandardPage } from '@/components/templates/standard-page';
import { PillarPage } from '@/components/templates/pillar-page';
import { CaseStudyPage } from '@/components/templates/case-study-page';

type LocaleParams = { params: Promise<{ locale: string }> };
type SlugParams = { params: Promise<{ locale: string; slug: string }> };

function checkedLocale(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

/** A route backed by a "Page" document: content/{locale}{route}.mdx (or index.mdx for "/"). */
export function standardRoute(route: string) {
  async function Route({ params }: LocaleParams) {
    const locale = checkedLocale((await params).locale);
    setRequestLocale(locale);
    return <StandardPage locale={locale} route={route} />;
  }
  async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
    const locale = checkedLocale((await params).locale);
    const page = getPage(locale, route);
    if (!page) return {};
    return pageMetadata({ locale, route, title: page.title, description: page.description, absoluteTitle: route === '/' });
  }
  return { Route, generateMetadata };
}

export const pillarRoute = {
  generateStaticParams: ({ params }: { params: { locale: string } }) =>
    getPillars(params.locale as Locale).map((p) => ({ slug: p.slug })),
  async Route({ params }: SlugParams) {
    const { locale, slug } = await params;
    setRequestLocale(checkedLocale(locale));
    return <PillarPage locale={locale as Locale} slug={slug} />;
  },
  async generateMetadata({ params }: SlugParams): Promise<Metadata> {
    const { locale, slug } = await params;
    const pillar = getPillar(checkedLocale(locale), slug);
    if (!pillar) return {};
    return pageMetadata({ locale: locale as Locale, route: pillar.route, title: pillar.title, description: pillar.description });
  },
};

export const caseStudyRoute = {
  generateStaticParams: ({ params }: { params: { locale: string } }) =>
    getCaseStudies(params.locale as Locale).map((c) => ({ slug: c.slug })),
  async Route({ params }: SlugParams) {
    const { locale, slug } = await params;
    setRequestLocale(checkedLocale(locale));
    return <CaseStudyPage locale={locale as Locale} slug={slug} />;
  },
  async generateMetadata({ params }: SlugParams): Promise<Metadata> {
    const { locale, slug } = await params;
    const study = getCaseStudy(checkedLocale(locale), slug);
    if (!study) return {};
    return pageMetadata({
      locale: locale as Locale,
      route: study.route,
      title: study.title,
      description: study.description,
      type: 'article',
      publishedTime: study.published,
      modifiedTime: study.updated,
    });
  },
};
