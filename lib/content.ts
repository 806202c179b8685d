// Content access: pages and components read the content only through this
// module (which reads it from lib/content-source.ts, the one door to
// Contentlayer; the search index reads that too, in lib/search/documents.ts,
// where drafts are always left out). Pages ask for documents by locale and
// route; drafts are filtered here once.
import { sourceDocuments, type Page, type Pillar, type CaseStudy, type Resource } from './content-source';
import { routing, localePath, type Locale } from '@/i18n/routing';
import { site } from './site';

const { pages: allPages, pillars: allPillars, caseStudies: allCaseStudies, resources: allResources } = sourceDocuments;

export type { Page, Pillar, CaseStudy, Resource };
export type AnyDoc = Page | Pillar | CaseStudy;

const visible = <T extends { draft?: boolean }>(doc: T) => site.showDrafts || !doc.draft;

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export function getPage(locale: Locale, route: string): Page | undefined {
  return allPages.find((p) => p.locale === locale && p.route === route && visible(p));
}

export function getPillars(locale: Locale): Pillar[] {
  return allPillars.filter((p) => p.locale === locale && visible(p)).sort(byOrder);
}

export function getPillar(locale: Locale, slug: string): Pillar | undefined {
  return getPillars(locale).find((p) => p.slug === slug);
}

export function getCaseStudies(locale: Locale): CaseStudy[] {
  return allCaseStudies.filter((c) => c.locale === locale && visible(c)).sort(byOrder);
}

export function getCaseStudy(locale: Locale, slug: string): CaseStudy | undefined {
  return getCaseStudies(locale).find((c) => c.slug === slug);
}

export function getResources(): Resource[] {
  return allResources.filter(visible).sort(byOrder);
}

/** Every visible document of one locale, whatever its type. */
export function getAllDocs(locale: Locale): AnyDoc[] {
  return [...allPages, ...allPillars, ...allCaseStudies].filter((d) => d.locale === locale && visible(d));
}

/** The locales in which a route exists: a page claims only real translations. */
export function localesOf(route: string): Locale[] {
  return routing.locales.filter((locale) => getAllDocs(locale).some((d) => d.route === route));
}

/**
 * A page published in another language first (`translationPending: true`)
 * that has no version in `locale`: its URL in `locale` serves a short
 * "available in …" notice (components/templates/translation-pending-page.tsx).
 */
export function pendingTranslation(locale: Locale, route: string): AnyDoc | undefined {
  if (localesOf(route).includes(locale)) return undefined;
  return routing.locales
    .filter((l) => l !== locale)
    .flatMap((l) => getAllDocs(l))
    .find((d) => d.route === route && d.translationPending);
}

/** The same for a collection (case studies, pillars): the other languages' pending documents that `locale` lacks. */
export function pendingInCollection<T extends AnyDoc>(list: (locale: Locale) => T[], locale: Locale): T[] {
  const here = new Set(list(locale).map((d) => d.slug));
  return routing.locales
    .filter((l) => l !== locale)
    .flatMap((l) => list(l))
    .filter((d) => d.translationPending && !here.has(d.slug));
}

/** Header navigation: pages that set navTitle, ordered by navOrder. */
export function getNavigation(locale: Locale): { title: string; route: string }[] {
  return allPages
    .filter((p) => p.locale === locale && p.navTitle && visible(p))
    .sort((a, b) => (a.navOrder ?? 0) - (b.navOrder ?? 0))
    .map((p) => ({ title: p.navTitle!, route: p.route }));
}

/** Previous and next items of an ordered list (for case-study and pillar pagers). */
export function neighbours<T>(list: T[], item: T): { previous?: T; next?: T } {
  const i = list.indexOf(item);
  return { previous: i > 0 ? list[i - 1] : undefined, next: i >= 0 ? list[i + 1] : undefined };
}

/**
 * Breadcrumb trail of a route, one crumb per URL level, named by the page at
 * that level (its navTitle if it has one): '/case-studies/spotify' →
 * Home › Case studies › Spotify's title.
 */
export function breadcrumbTrail(locale: Locale, route: string, homeLabel: string): { name: string; href: string }[] {
  const docs = getAllDocs(locale);
  const segments = route.split('/').filter(Boolean);
  const trail = [{ name: homeLabel, href: localePath(locale, '/') }];
  segments.forEach((_, i) => {
    const levelRoute = '/' + segments.slice(0, i + 1).join('/');
    const doc = docs.find((d) => d.route === levelRoute);
    if (doc) trail.push({ name: ('navTitle' in doc && doc.navTitle) || doc.title, href: localePath(locale, levelRoute) });
  });
  return trail;
}
