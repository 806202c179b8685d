import { useTranslations } from 'next-intl';
import { localePath, localeTags, type Locale } from '@/i18n/routing';
import { formatDay } from '@/lib/dates';
import type { BehindNotice } from '@/lib/translations/page-notice';

/**
 * At the top of a page whose translation is behind (lib/translations): in the
 * page's language, dated, linking to the version that changed. Plain HTML.
 */
export function TranslationNotice({ locale, route, notice }: { locale: Locale; route: string; notice?: BehindNotice }) {
  const t = useTranslations('Page');
  if (!notice) return null;
  const { other, otherUpdated } = notice;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6">
      <p
        role="note"
        data-translation-notice={other}
        className="max-w-4xl rounded-lg border border-accent/40 bg-accent-soft px-4 py-3 text-sm leading-relaxed text-fg"
      >
        {t.rich('behind', {
          other,
          date: formatDay(locale, otherUpdated),
          link: (chunks) => (
            <a href={localePath(other, route)} hrefLang={localeTags[other].hreflang} className="font-semibold underline underline-offset-2">
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
