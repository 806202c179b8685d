import { getTranslations } from 'next-intl/server';
import { routing, localeTags, localePath, type Locale } from '@/i18n/routing';
import { getNavigation } from '@/lib/content';
import { SiteDocument } from '@/components/layout/site-document';
import { RayMark } from '@/components/layout/ray-mark';

/**
 * The 404 page, for every unknown URL (unknown locale, slug or path), sent
 * with status 404 as static HTML. It is bilingual: Next 16 renders a
 * locale-specific not-found.tsx only on the client (the server sends an empty
 * shell), which would leave visitors without JavaScript a blank page.
 */
export default async function NotFound() {
  const blocks = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'NotFound' }),
      site: await getTranslations({ locale, namespace: 'Site' }),
      nav: getNavigation(locale),
    })),
  );
  const [first] = blocks;
  const title = blocks.map((b) => b.t('title')).join(' · ');

  return (
    <SiteDocument lang={localeTags[routing.defaultLocale].htmlLang} skipLabel={`${first.t('skip')} · ${blocks[1].t('skip')}`}>
      <title>{title}</title>
      <meta name="robots" content="noindex" />
      <header className="border-b border-border">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
          <RayMark className="h-7 w-7 text-brand" />
          <span className="font-semibold tracking-tight">{first.site('name')}</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-4xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-center text-6xl font-bold tracking-tight text-brand" aria-hidden="true">404</p>
          <h1 className="mt-4 text-center text-3xl font-bold tracking-tight text-balance">
            {blocks.map((b, i) => (
              <span key={b.locale} lang={localeTags[b.locale].htmlLang}>
                {i > 0 ? ' · ' : ''}
                {b.t('title')}
              </span>
            ))}
          </h1>
          <div className="mt-12 grid gap-6 md:grid-cols-2">
            {blocks.map((b) => (
              <section
                key={b.locale}
                lang={localeTags[b.locale].htmlLang}
                aria-labelledby={`nf-${b.locale}`}
                className="rounded-card border border-border bg-surface p-6"
              >
                <h2 id={`nf-${b.locale}`} className="text-lg font-semibold">{b.site('name')}</h2>
                <p className="mt-2 leading-relaxed text-muted">{b.t('description')}</p>
                <p className="mt-5">
                  <a
                    href={localePath(b.locale as Locale, '/')}
                    className="inline-block rounded-lg bg-brand px-4 py-2.5 font-semibold text-on-brand hover:bg-brand-strong"
                  >
                    {b.t('home')}
                  </a>
                </p>
                <p className="mt-5 text-sm text-muted">{b.t('browse')}</p>
                <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
                  {b.nav.map((item) => (
                    <li key={item.route}>
                      <a href={localePath(b.locale as Locale, item.route)} className="font-medium text-brand underline-offset-4 hover:underline">
                        {item.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      </main>
    </SiteDocument>
  );
}
