// The map from MDX tags to React components. The names an author may use,
// and their props, are listed once in lib/mdx-registry.ts (which the content
// check reads); the type below makes this map hold exactly those names, plus
// HTML tags the site renders its own way (table, img).
import type { ComponentPropsWithoutRef, ComponentType, JSX } from 'react';
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

export const mdxComponents = {
  table: MdxTable,
  img: ContentImage,
  Figure,
  Callout,
  LinkCard,
  FactsTable,
  PillarCards,
  CaseStudyCards,
  ResourceList,
  StackDiagram,
  PillarsDiagram,
  MerlinDiagram,
  SpotifyDiagram,
  PickAndChooseDiagram,
  ExistingPlatformDiagram,
} satisfies MdxComponentMap;
