// Links a case study gets from the rest of the content, never typed twice:
// the pillars that list it (each pillar's `caseStudies`), the stories that
// share a workload with it, and the talks and posts of content/resources/
// that are among its own sources. Pure functions over the fields they read,
// so the unit tests need no Contentlayer.
import { knownWorkloads, type Workload } from './workloads';

type Study = { slug: string; order: number; workloads: readonly string[]; sources: readonly { url: string }[] };
type PillarRef = { slug: string; order: number; caseStudies: readonly string[] };
type ResourceRef = { url: string; order: number; archived?: boolean };

/** The pillars whose list names this story, in pillar order. */
export const pillarsShowing = <P extends PillarRef>(slug: string, pillars: readonly P[]): P[] =>
  pillars.filter((p) => p.caseStudies.includes(slug)).sort((a, b) => a.order - b.order);

/** Other stories that share a workload with this one: most shared first, then in list order. */
export function relatedStudies<S extends Study>(study: Study, all: readonly S[]): { study: S; shared: Workload[] }[] {
  const mine = knownWorkloads(study.workloads);
  return all
    .filter((s) => s.slug !== study.slug)
    .map((s) => ({ study: s, shared: knownWorkloads(s.workloads).filter((w) => mine.includes(w)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.study.order - b.study.order);
}

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/** The resources (talks, posts) that the story cites as sources; archived links stay out. */
export const storyResources = <R extends ResourceRef>(study: Study, resources: readonly R[]): R[] =>
  resources.filter((r) => !r.archived && study.sources.some((s) => sameUrl(s.url, r.url))).sort((a, b) => a.order - b.order);
