import { defineRouting } from 'next-intl/routing';

/** The one list of locales. zh is the default (the source page is Chinese). */
export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  // Every URL carries its locale; the host answers `/` and paths without one by Accept-Language (lib/delivery.ts).
  localePrefix: 'always',
  // hreflang alternates are rendered in the HTML head by our metadata, not as a Link header.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** Per-locale language tags: <html lang>, hreflang and Open Graph locale. */
export const localeTags: Record<Locale, { htmlLang: string; hreflang: string; ogLocale: string; label: string }> = {
  zh: { htmlLang: 'zh-CN', hreflang: 'zh-CN', ogLocale: 'zh_CN', label: '中文' },
  en: { htmlLang: 'en', hreflang: 'en', ogLocale: 'en_US', label: 'English' },
};

/** URL path of a route in a locale: ('en', '/') → '/en', ('zh', '/deployment') → '/zh/deployment'. */
export function localePath(locale: Locale, route: string): string {
  return route === '/' ? `/${locale}` : `/${locale}${route}`;
}
