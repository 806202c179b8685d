// Which share images exist and where: one PNG per published page and locale,
// all under /og/, named after the page's URL (app/og/[...image]/route.ts).
import { routing, localePath, type Locale } from '@/i18n/routing';
import { getAllDocs } from '@/lib/content';

/** '/og/zh.png' for the zh home page, '/og/en/case-studies/spotify.png' for that case study. */
export const ogImagePath = (locale: Locale, route: string) => `/og${localePath(locale, route)}.png`;

/** Every page that gets a share image. */
export function ogImages(): { locale: Locale; route: string }[] {
  return routing.locales.flatMap((locale) => getAllDocs(locale).map((doc) => ({ locale, route: doc.route })));
}
