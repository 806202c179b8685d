import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, localeTags, localePath } from '@/i18n/routing';
import { SiteDocument } from '@/components/layout/site-document';
import { RayMark } from '@/components/layout/ray-mark';
import { localeChoiceScript } from '@/lib/inline-scripts';
import { languageChoiceMetadata } from '@/lib/seo';

// `/`: the language-choice page (out/index.html). Hosts that negotiate (the
// nginx config, Netlify) answer `/` with a redirect and never show it; static
// hosts serve it, and its head script sends the visitor on at once (saved
// choice, then the browser's languages, then zh). Without JavaScript the
// <noscript> refresh goes to zh, and both languages are plain links.
// It is also the hreflang x-default of the home pages.
export async function generateMetadata(): Promise<Metadata> {
  return languageChoiceMetadata();
}

export default async function LanguageChoice() {
  const blocks = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'LanguageChoice' }),
      site: await getTranslations({ locale, namespace: 'Site' }),
    })),
  );
  const defaultPath = localePath(routing.defaultLocale, '/');
  return (
    <SiteDocument
      lang={localeTags[routing.defaultLocale].htmlLang}
      skipLabel={blocks.map((b) => b.t('heading')).join(' · ')}
      // Instead of the head script: the page is left at once, with or without JavaScript.
      script={localeChoiceScript}
      head={
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=${defaultPath}`} />
        </noscript>
      }
    >
      <main id="main" tabIndex={-1} className="flex flex-1 items-center focus:outline-none">
        <div className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
          <RayMark className="mx-auto h-12 w-12 text-brand" />
          <h1 className="mt-6 text-center text-3xl font-bold tracking-tight text-balance">
            {blocks.map((b, i) => (
              <span key={b.locale} lang={localeTags[b.locale].htmlLang}>
                {i > 0 ? ' · ' : ''}
                {b.t('heading')}
              </span>
            ))}
          </h1>
          <ul className="mt-10 grid gap-4 sm:grid-cols-2">
            {blocks.map((b) => (
              <li key={b.locale} lang={localeTags[b.locale].htmlLang}>
                <a
                  href={localePath(b.locale, '/')}
                  hrefLang={localeTags[b.locale].hreflang}
                  data-locale={b.locale}
                  className="block h-full rounded-card border border-border bg-surface p-6 hover:border-brand"
                >
                  <span className="block text-lg font-semibold text-fg">{b.site('name')}</span>
                  <span className="mt-1 block text-muted">{b.site('tagline')}</span>
                  <span className="mt-4 block font-semibold text-brand">{b.t('enter')} →</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </main>
    </SiteDocument>
  );
}
