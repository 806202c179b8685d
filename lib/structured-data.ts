// schema.org objects (JSON-LD). Rendered by components/seo/json-ld.tsx.
import { localePath, localeTags, type Locale } from '@/i18n/routing';
import type { CaseStudy } from './content';
import { absoluteUrl } from './seo';

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

/** A case study as a schema.org Article. */
export function caseStudyJsonLd(study: CaseStudy) {
  const url = absoluteUrl(localePath(study.locale as Locale, study.route));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: study.title,
    description: study.description,
    inLanguage: localeTags[study.locale as Locale].hreflang,
    datePublished: study.published,
    dateModified: study.updated,
    url,
    mainEntityOfPage: url,
    image: `${url}/opengraph-image`,
    about: { '@type': 'Organization', name: study.company },
    citation: study.sources.map((s) => s.url),
  };
}
