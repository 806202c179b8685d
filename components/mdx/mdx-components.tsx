// The map from MDX tags to React components. The names an author may use,
// and their props, are listed once in lib/mdx-registry.ts (which the content
// check reads); the type below makes this map hold exactly those names, plus
// HTML tags the site renders its own way (table, img). Authors never write a
// locale: each page's map hands its locale to the components that need one.
import type { ComponentPropsWithoutRef, ComponentType, JSX } from 'react';
import type { Locale } from '@/i18n/routing';
import type { MdxComponentName } from '@/lib/mdx-registry';
import {
  StackDiagram,
  PillarsDiagram,
  MerlinDiagram,
  SpotifyDiagram,
  PickAndChooseDiagram,
  ExistingPlatformDiagram,
} from '@/components/diagrams';
import { Figure } from './figure';
import { ContentImage } from './content-image';
import { Callout } from './callout';
import { LinkCard } from './link-card';
import { FactsTable } from './facts-table';
import { PillarCards } from './pillar-cards';
import { CaseStudyCards } from './case-study-cards';
import { CaseStudyComparison } from './case-study-comparison';
import { ResourceList } from './resource-list';

/** Wide tables scroll sideways inside the column instead of widening the page. */
function MdxTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  );
}

/** Every registered name, nothing else but HTML tags: a missing or unregistered component fails `tsc`. */
type MdxComponentMap = Record<MdxComponentName, ComponentType<never>> & Partial<Record<keyof JSX.IntrinsicElements, ComponentType<never>>>;

/** A component whose strings or content depend on the page's locale, with it filled in. */
function withLocale<P extends { locale: Locale }>(Component: ComponentType<P>, locale: Locale) {
  const Localized = (props: Omit<P, 'locale'>) => <Component {...(props as P)} locale={locale} />;
  Localized.displayName = `${Component.name}(${locale})`;
  return Localized;
}

function componentsOf(locale: Locale) {
  return {
    table: MdxTable,
    img: ContentImage,
    Figure,
    Callout,
    LinkCard: withLocale(LinkCard, locale),
    FactsTable,
    PillarCards: withLocale(PillarCards, locale),
    CaseStudyCards: withLocale(CaseStudyCards, locale),
    CaseStudyComparison: withLocale(CaseStudyComparison, locale),
    ResourceList: withLocale(ResourceList, locale),
    StackDiagram: withLocale(StackDiagram, locale),
    PillarsDiagram: withLocale(PillarsDiagram, locale),
    MerlinDiagram: withLocale(MerlinDiagram, locale),
    SpotifyDiagram: withLocale(SpotifyDiagram, locale),
    PickAndChooseDiagram: withLocale(PickAndChooseDiagram, locale),
    ExistingPlatformDiagram: withLocale(ExistingPlatformDiagram, locale),
  } satisfies MdxComponentMap;
}

// One map per locale, made once: the same component identities on every page.
const byLocale = new Map<Locale, ReturnType<typeof componentsOf>>();

/** The MDX components of a page in `locale`. */
export function mdxComponentsFor(locale: Locale) {
  let components = byLocale.get(locale);
  if (!components) byLocale.set(locale, (components = componentsOf(locale)));
  return components;
}
