import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routeLocale } from '@/i18n/route-locale';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { NotFoundNotice } from '@/components/templates/not-found-notice';
import { ProblemsBanner } from '@/components/preview/problems-banner';

// The localized 404 page: out/zh/404.html, out/en/404.html. The host answers
// unknown paths under /zh/ and /en/ with it, with status 404 (its own URL is a
// 404 too). Not in the sitemap; noindex.
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/404'>): Promise<Metadata> {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function LocalizedNotFound({ params }: PageProps<'/[locale]/404'>) {
  const locale = routeLocale((await params).locale);
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} />
      <ProblemsBanner locale={locale} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-6xl font-bold tracking-tight text-brand" aria-hidden="true">
            404
          </p>
          <div className="mt-6">
            <NotFoundNotice locale={locale} headingLevel="h1" />
          </div>
        </div>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
