import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getNavigation } from '@/lib/content';
import { SiteHeader } from '@/components/layout/site-header';

/** Localized 404: says what happened and offers the way back. */
export default function NotFound() {
  const locale = useLocale() as Locale;
  const t = useTranslations('NotFound');
  const nav = getNavigation(locale);
  return (
    <>
      <title>{t('title')}</title>
      <meta name="robots" content="noindex" />
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
          <p className="text-6xl font-bold tracking-tight text-brand">404</p>
          <h1 className="mt-4 text-3xl font-bold tracking-tight text-fg">{t('title')}</h1>
          <p className="mt-4 text-lg leading-relaxed text-muted">{t('description')}</p>
          <p className="mt-8">
            <Link href={localePath(locale, '/')} className="inline-block rounded-lg bg-brand px-5 py-3 font-semibold text-on-brand hover:bg-brand-strong">
              {t('home')}
            </Link>
          </p>
          <p className="mt-8 text-muted">{t('browse')}</p>
          <ul className="mt-3 flex flex-wrap justify-center gap-x-6 gap-y-2">
            {nav.map((item) => (
              <li key={item.route}>
                <Link href={localePath(locale, item.route)} className="font-medium text-brand underline-offset-4 hover:underline">
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </main>
    </>
  );
}
