import { getTranslations } from 'next-intl/server';
import { localeTags, localePath, type Locale } from '@/i18n/routing';
import { getNavigation } from '@/lib/content';

/**
 * "Page not found" in one language, with the way back: the overview and every
 * section. The localized 404 pages show one, the bilingual one shows both.
 */
export async function NotFoundNotice({ locale, headingLevel }: { locale: Locale; headingLevel: 'h1' | 'h2' }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const Heading = headingLevel;
  const id = `not-found-${locale}`;
  return (
    <section lang={localeTags[locale].htmlLang} aria-labelledby={id} className="rounded-card border border-border bg-surface p-6">
      <Heading id={id} className={headingLevel === 'h1' ? 'text-2xl font-bold tracking-tight' : 'text-lg font-semibold'}>
        {headingLevel === 'h1' ? t('title') : site('name')}
      </Heading>
      <p className="mt-2 leading-relaxed text-muted">{t('description')}</p>
      <p className="mt-5">
        <a
          href={localePath(locale, '/')}
          className="inline-block rounded-lg bg-brand px-4 py-2.5 font-semibold text-on-brand hover:bg-brand-strong"
        >
          {t('home')}
        </a>
      </p>
      <p className="mt-5 text-sm text-muted">{t('browse')}</p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {getNavigation(locale).map((item) => (
          <li key={item.route}>
            <a href={localePath(locale, item.route)} className="font-medium text-brand underline-offset-4 hover:underline">
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
