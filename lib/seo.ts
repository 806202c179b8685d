// Metadata for every page from one helper, so all pages share one shape:
// title template, description, canonical, hreflang alternates, Open Graph, Twitter.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, localeTags, localePath, type Locale } from '@/i18n/routing';
import { localesOf } from './content';
import { siteUrl } from './site';

export const absoluteUrl = (path: string) => new URL(path, siteUrl).toString();

export async function rootMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    applicationName: t('name'),
    formatDetection: { telephone: false, email: false, address: false },
  };
}

type PageMetaInput = {
  locale: Locale;
  route: string;
  title: string;
  description: string;
  /** The home page uses the bare site name as its title. */
  absoluteTitle?: boolean;
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
};

/** hreflang map for a route: only locales that have the page, plus x-default. */
export function alternatesFor(route: string): Record<string, string> {
  const locales = localesOf(route);
  const languages: Record<string, string> = {};
  for (const l of locales) languages[localeTags[l].hreflang] = absoluteUrl(localePath(l, route));
  const fallback = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  if (fallback) languages['x-default'] = absoluteUrl(localePath(fallback, route));
  return languages;
}

export async function pageMetadata(input: PageMetaInput): Promise<Metadata> {
  const { locale, route, title, description } = input;
  const t = await getTranslations({ locale, namespace: 'Site' });
  const url = absoluteUrl(localePath(locale, route));
  const otherLocales = localesOf(route).filter((l) => l !== locale);
  const ogImage = {
    url: absoluteUrl(`${localePath(locale, route).replace(/\/$/, '')}/opengraph-image`),
    width: 1200,
    height: 630,
    alt: title,
  };
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: alternatesFor(route) },
    openGraph: {
      type: input.type ?? 'website',
      url,
      title,
      description,
      siteName: t('name'),
      locale: localeTags[locale].ogLocale,
      alternateLocale: otherLocales.map((l) => localeTags[l].ogLocale),
      images: [ogImage],
      ...(input.type === 'article'
        ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime }
        : {}),
    },
    twitter: { card: 'summary_large_image', title, description, images: [ogImage] },
  };
}
