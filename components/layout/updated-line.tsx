import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { formatDay, isoDay } from '@/lib/dates';

/** "Updated 3 December 2026" / "更新于 2026 年 12 月 3 日": the frontmatter `updated`, the date the sitemap, JSON-LD and feeds carry too. */
export function UpdatedLine({ locale, updated, className = '' }: { locale: Locale; updated: string; className?: string }) {
  const t = useTranslations('Page');
  return (
    <p className={`text-sm text-muted ${className}`} data-updated>
      {t.rich('updated', {
        date: formatDay(locale, updated),
        time: (chunks) => <time dateTime={isoDay(updated)}>{chunks}</time>,
      })}
    </p>
  );
}
