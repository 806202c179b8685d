import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { localeTags, localePath, type Locale } from '@/i18n/routing';
import type { AnyDoc } from '@/lib/content';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';

/**
 * What a page published in one language first (`translationPending: true`)
 * shows at the other language's URL until its translation exists: a short
 * notice in this locale's language with a link to the version there is. Not
 * in the sitemap, not in hreflang, noindex: it is no page of its own.
 */
export function TranslationPendingPage({ locale, doc }: { locale: Locale; doc: AnyDoc }) {
  const t = useTranslations('TranslationPending');
  const source = doc.locale as Locale;
  return (
    <>
      <SiteHeader locale={locale} route={doc.route} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
          <section aria-labelledby="translation-pending" className="rounded-card border border-border bg-surface p-6">
            <h1 id="translation-pending" className="text-2xl font-bold tracking-tight">
              {t('title')}
            </h1>
            <p className="mt-2 leading-relaxed text-muted">{t('description')}</p>
            <p className="mt-4 font-medium" lang={localeTags[source].htmlLang}>
              {doc.title}
            </p>
            <p className="mt-5">
              <a
                href={localePath(source, doc.route)}
                hrefLang={localeTags[source].hreflang}
                data-translation-pending-link
                className="inline-block rounded-lg bg-brand px-4 py-2.5 font-semibold text-on-brand hover:bg-brand-strong"
              >
                {t('read')}
              </a>
            </p>
          </section>
        </div>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}

/** The notice page's metadata: its title, noindex, and no canonical or hreflang (the page it points at has them). */
export async function translationPendingMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'TranslationPending' });
  return { title: t('title'), description: t('description'), robots: { index: false } };
}
