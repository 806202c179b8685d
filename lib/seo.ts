// Metadata for every page from one helper, so all pages share one shape:
// title template, description, canonical, hreflang alternates, Open Graph,
// Twitter, the feed link. Also the sitemap's entries.
import type { Metadata, MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, localeTags, localePath, type Locale } from '@/i18n/routing';
import { getAllDocs, localesOf } from './content';
import { siteUrl } from './site';
import { isoDay } from './dates';
import { ogContentType, ogSize } from './og/image';
import { ogImagePath } from './og/images';
import { hasMarkdownTwin, markdownPath } from './markdown/paths';

/** Absolute URL of a path on the site; the origin itself without a trailing slash, as Next writes it in <head>. */
export const absoluteUrl = (path: string) => (path === '/' ? siteUrl : new URL(path, siteUrl).toString());

/** Absolute URL of a page's share image (lib/og/images.ts). */
export const ogImageUrl = (locale: Locale, route: string) => absoluteUrl(ogImagePath(locale, route));

/** Atom feed of the case studies: app/[locale]/feed.xml/route.ts. */
export const feedPath = (locale: Locale) => `/${locale}/feed.xml`;

async function feedAlternate(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return { 'application/atom+xml': [{ url: absoluteUrl(feedPath(locale)), title: t('feedLinkTitle') }] };
}

export async function rootMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    applicationName: t('name'),
    formatDetection: { telephone: false, email: false, address: false },
    alternates: { types: await feedAlternate(locale) },
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

/**
 * hreflang map for a route: only locales that have the page, plus x-default:
 * for the home pages the language-choice page `/` (app/page.tsx), which sends
 * each visitor to their language; for other pages the default locale's version.
 */
export function alternatesFor(route: string): Record<string, string> {
  const locales = localesOf(route);
  const languages: Record<string, string> = {};
  for (const l of locales) languages[localeTags[l].hreflang] = absoluteUrl(localePath(l, route));
  const fallback = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  if (route === '/' && locales.length > 1) languages['x-default'] = absoluteUrl('/');
  else if (fallback) languages['x-default'] = absoluteUrl(localePath(fallback, route));
  return languages;
}

/** The language-choice page `/`: both languages' names, canonical `/`, the home pages as alternates. */
export async function languageChoiceMetadata(): Promise<Metadata> {
  const sites = await Promise.all(routing.locales.map((locale) => getTranslations({ locale, namespace: 'Site' })));
  const choices = await Promise.all(routing.locales.map((locale) => getTranslations({ locale, namespace: 'LanguageChoice' })));
  const title = sites.map((t) => t('name')).join(' · ');
  const description = choices.map((t) => t('description')).join(' ');
  const image = { url: ogImageUrl(routing.defaultLocale, '/'), ...ogSize, alt: title, type: ogContentType };
  return {
    metadataBase: new URL(siteUrl),
    title: { absolute: title },
    description,
    alternates: { canonical: absoluteUrl('/'), languages: alternatesFor('/') },
    openGraph: { type: 'website', url: absoluteUrl('/'), title, description, siteName: title, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export async function pageMetadata(input: PageMetaInput): Promise<Metadata> {
  const { locale, route, title, description } = input;
  const t = await getTranslations({ locale, namespace: 'Site' });
  const url = absoluteUrl(localePath(locale, route));
  const otherLocales = localesOf(route).filter((l) => l !== locale);
  const ogImage = { url: ogImageUrl(locale, route), ...ogSize, alt: title, type: ogContentType };
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    // A page's `alternates` replaces the layout's, so the feed link is repeated here.
    // Its Markdown twin (lib/markdown/) is an alternate too: <link rel="alternate" type="text/markdown">.
    alternates: {
      canonical: url,
      languages: alternatesFor(route),
      types: {
        ...(await feedAlternate(locale)),
        ...(hasMarkdownTwin(route) ? { 'text/markdown': absoluteUrl(markdownPath(locale, route)) } : {}),
      },
    },
    openGraph: {
      type: input.type ?? 'website',
      url,
      title,
      description,
      siteName: t('name'),
      locale: localeTags[locale].ogLocale,
      alternateLocale: otherLocales.map((l) => localeTags[l].ogLocale),
      images: [ogImage],
      ...(input.type === 'article' ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title, description, images: [ogImage] },
  };
}

export { isoDay };

/**
 * sitemap.xml: every published page of every locale, with its hreflang
 * alternates and the `updated` date from its frontmatter (stable across builds).
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  return routing.locales.flatMap((locale) =>
    getAllDocs(locale)
      .sort((a, b) => a.route.localeCompare(b.route))
      .map((doc) => ({
        url: absoluteUrl(localePath(locale, doc.route)),
        lastModified: isoDay(doc.updated),
        alternates: { languages: alternatesFor(doc.route) },
      })),
  );
}
