import { getTranslations } from 'next-intl/server';
import { routing, localeTags } from '@/i18n/routing';
import { SiteDocument } from '@/components/layout/site-document';
import { RayMark } from '@/components/layout/ray-mark';
import { NotFoundNotice } from '@/components/templates/not-found-notice';

/**
 * The bilingual 404 page (out/404.html), for unknown URLs outside /zh/ and
 * /en/ (those get app/[locale]/404). It says it in both languages, each with
 * its way back. The host sends it with status 404 (hosting/, _redirects).
 */
export default async function NotFound() {
  const blocks = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'NotFound' }) })),
  );
  const title = blocks.map((b) => b.t('title')).join(' · ');
  const site = await getTranslations({ locale: routing.defaultLocale, namespace: 'Site' });

  return (
    <SiteDocument lang={localeTags[routing.defaultLocale].htmlLang} skipLabel={blocks.map((b) => b.t('skip')).join(' · ')}>
      <title>{title}</title>
      <meta name="robots" content="noindex" />
      <header className="border-b border-border">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
          <RayMark className="h-7 w-7 text-brand" />
          <span className="font-semibold tracking-tight">{site('name')}</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-4xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-center text-6xl font-bold tracking-tight text-brand" aria-hidden="true">
            404
          </p>
          <h1 className="mt-4 text-center text-3xl font-bold tracking-tight text-balance">
            {blocks.map((b, i) => (
              <span key={b.locale} lang={localeTags[b.locale].htmlLang}>
                {i > 0 ? ' · ' : ''}
                {b.t('title')}
              </span>
            ))}
          </h1>
          <div className="mt-12 grid gap-6 md:grid-cols-2">
            {routing.locales.map((locale) => (
              <NotFoundNotice key={locale} locale={locale} headingLevel="h2" />
            ))}
          </div>
        </div>
      </main>
    </SiteDocument>
  );
}
