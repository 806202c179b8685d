import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { absoluteUrl, isoDay } from '@/lib/seo';

/**
 * The line a printed page starts with: its address and its "as of" date, so
 * that paper says where it came from and how old it is. `display: none` on
 * screen (globals.css, .print-line), which also keeps it out of the
 * accessibility tree: screen readers do not read the address twice.
 */
export function PrintLine({ locale, route, updated }: { locale: Locale; route: string; updated: string }) {
  const t = useTranslations('Page');
  const day = isoDay(updated);
  return (
    <p className="print-line">
      {absoluteUrl(localePath(locale, route))} · <time dateTime={day}>{t('asOf', { date: day })}</time>
    </p>
  );
}
