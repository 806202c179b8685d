// Part of the delivery policy (lib/delivery.ts re-exports it): where a path
// without a locale goes, and how a host picks the visitor's language.
import { routing, type Locale } from '@/i18n/routing';

/**
 * `/` and paths without a locale (`/case-studies/spotify`): a 302 to the
 * visitor's language where the host can negotiate (Accept-Language), else to
 * the default locale; never cached, and varying by language. `/` falls back
 * to the static language-choice page on hosts that cannot negotiate.
 */
export const localeRedirect = {
  status: 302,
  cacheControl: 'no-store',
  vary: 'Accept-Language',
  defaultLocale: routing.defaultLocale as Locale,
  locales: routing.locales as readonly Locale[],
};

/** Top-level sections that may be asked for without a locale: "/why-ray", "/case-studies"… (from the built routes). */
export function unprefixedSections(routes: string[]): string[] {
  return [...new Set(routes.map((r) => r.split('/')[1]).filter(Boolean))].sort();
}

/**
 * Regular expression (PCRE and JavaScript alike) that matches an
 * Accept-Language header whose first tag the site has is `locale`:
 * "en-US,en;q=0.9" → en; "fr,zh-CN;q=0.8" → zh. Tags are taken in the order
 * the browser lists them (browsers list them by preference); q-values are not
 * weighed, and a tag listed with q=0 still counts.
 */
export function acceptLanguagePattern(locale: Locale): string {
  const tag = (l: string) => `${l}(?:-[^,;\\s]*)?(?=\\s*(?:;|,|$))`;
  const any = localeRedirect.locales.map(tag).join('|');
  // Skip list items that are not a tag of ours (the lookahead includes the spaces, so they cannot be skipped around it).
  return `^(?:(?!\\s*(?:${any}))[^,]*,)*\\s*${tag(locale)}`;
}

/** The locale `/` sends a visitor with this Accept-Language header to (what the regex above decides). */
export function negotiatedLocale(acceptLanguage: string | undefined): Locale {
  for (const locale of localeRedirect.locales) {
    if (locale === localeRedirect.defaultLocale) continue;
    if (new RegExp(acceptLanguagePattern(locale), 'i').test(acceptLanguage ?? '')) return locale;
  }
  return localeRedirect.defaultLocale;
}
