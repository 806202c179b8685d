// A day as readers see it: "3 December 2026" / "2026 年 12 月 3 日" (with the
// spaces the site's Chinese text puts between digits and characters).
import type { Locale } from '../i18n/routing';

/** "2026-11-27T00:00:00.000Z" → "2026-11-27": a frontmatter date as a day, as the sitemap, JSON-LD and the page show it. */
export const isoDay = (date: string) => new Date(date).toISOString().slice(0, 10);

/**
 * Today in the author's own time zone, as YYYY-MM-DD: what they write in
 * `updated`. (The UTC date is yesterday in Beijing before 08:00.)
 */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatDay(locale: Locale, date: string): string {
  const [year, month, day] = isoDay(date).split('-').map(Number);
  if (locale === 'zh') return `${year} 年 ${month} 月 ${day} 日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
