// The one door to the content's generated data: the only module that imports
// Contentlayer's output (tests/unit/architecture.test.ts keeps it so). Moving
// to another content layer (e.g. content-collections) changes this file only:
// it must go on giving every document of each type, drafts included, with the
// fields of contentlayer.config.ts. Readers: lib/content.ts (pages, drafts
// filtered) and lib/search/documents.ts (the search index).
import { allPages, allPillars, allCaseStudies, allResources } from 'contentlayer/generated';
import type { Page, Pillar, CaseStudy, Resource } from 'contentlayer/generated';

export type { Page, Pillar, CaseStudy, Resource };

/** Every document of the site by type, drafts included. */
export const sourceDocuments: { pages: Page[]; pillars: Pillar[]; caseStudies: CaseStudy[]; resources: Resource[] } = {
  pages: allPages,
  pillars: allPillars,
  caseStudies: allCaseStudies,
  resources: allResources,
};
