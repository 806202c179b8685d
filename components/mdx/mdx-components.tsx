// The one map from MDX tags to components: everything an author may use in
// content/**/*.mdx is listed here (and documented in content/README.md).
import type { ComponentPropsWithoutRef } from 'react';
import {
  StackDiagram,
  PillarsDiagram,
  MerlinDiagram,
  SpotifyDiagram,
  PickAndChooseDiagram,
  ExistingPlatformDiagram,
} from '@/components/diagrams';
import { Figure } from './figure';
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

export const mdxComponents = {
  table: MdxTable,
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
};

/** Names an author can write as <Name /> in MDX (used by the content checker). */
export const mdxComponentNames = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
