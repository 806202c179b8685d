// schema.org objects (JSON-LD). Rendered by components/seo/json-ld.tsx.
import { localePath, localeTags, type Locale } from '@/i18n/routing';
import type { CaseStudy } from './content';
import { absoluteUrl, isoDay, ogImageUrl } from './seo';

/**
 * JSON for a <script type="application/ld+json">: "<", ">" and "&" become
 * \u escapes, so no string can close the script element ("</script>") or
 * open a comment; JSON parsers read the same values back.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Our site's publisher, per locale (the name is localized). */
export type SiteInfo = { locale: Locale; name: string; description: string };

const homeUrl = (locale: Locale) => absoluteUrl(localePath(locale, '/'));
const organizationId = (locale: Locale) => `${homeUrl(locale)}#organization`;
const websiteId = (locale: Locale) => `${homeUrl(locale)}#website`;

/** Logo for structured data: the 180×180 PNG app icon (app/apple-icon.png). */
export const logoUrl = () => absoluteUrl('/apple-icon.png');

function organization(site: SiteInfo) {
  return {
    '@type': 'Organization',
    '@id': organizationId(site.locale),
    name: site.name,
    url: homeUrl(site.locale),
    logo: { '@type': 'ImageObject', url: logoUrl(), width: 180, height: 180 },
  };
}

/** Site-wide (layout): who publishes the site. */
export function organizationJsonLd(site: SiteInfo) {
  return { '@context': 'https://schema.org', ...organization(site) };
}

/** Site-wide (layout): the website itself, in its language. */
export function websiteJsonLd(site: SiteInfo) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(site.locale),
    name: site.name,
    description: site.description,
    url: homeUrl(site.locale),
    inLanguage: localeTags[site.locale].hreflang,
    publisher: { '@id': organizationId(site.locale) },
  };
}

export function breadcrumbJsonLd(items: { name: string; href: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.href),
    })),
  };
}

/** A case study as a schema.org Article, written and published by this site. */
export function caseStudyJsonLd(study: CaseStudy, site: SiteInfo) {
  const locale = study.locale as Locale;
  const url = absoluteUrl(localePath(locale, study.route));
  const publisher = organization(site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: study.title,
    description: study.description,
    inLanguage: localeTags[locale].hreflang,
    datePublished: isoDay(study.published),
    dateModified: isoDay(study.updated),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    isPartOf: { '@id': websiteId(locale) },
    image: { '@type': 'ImageObject', url: ogImageUrl(locale, study.route), width: 1200, height: 630 },
    author: publisher,
    publisher,
    about: { '@type': 'Organization', name: study.company },
    citation: study.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
    })),
  };
}
