// Ray's documentation, in one place: the page for each Ray piece a case study
// can list in `rayLibraries`, and the first steps the home page links. Every
// address was checked against the Ray docs' own source (ray-project/ray,
// doc/source/…): the file each one is built from is named beside it, so a
// moved page is found by looking for that file. Nothing here is guessed.

const DOCS = 'https://docs.ray.io/en/latest';

export interface RayDocsPage {
  /** The name shown on the link. */
  name: string;
  url: string;
  /** The docs source file the page is built from (ray-project/ray). */
  source: string;
}

const page = (name: string, path: string, source: string): RayDocsPage => ({ name, url: `${DOCS}/${path}`, source });

const pages = {
  core: page('Ray Core', 'ray-core/walkthrough.html', 'doc/source/ray-core/walkthrough.rst'),
  data: page('Ray Data', 'data/data.html', 'doc/source/data/data.rst'),
  train: page('Ray Train', 'train/train.html', 'doc/source/train/train.rst'),
  tune: page('Ray Tune', 'tune/index.html', 'doc/source/tune/index.rst'),
  serve: page('Ray Serve', 'serve/index.html', 'doc/source/serve/index.md'),
  rllib: page('RLlib', 'rllib/index.html', 'doc/source/rllib/index.rst'),
  air: page('Ray for ML infrastructure (Ray AIR)', 'ray-air/getting-started.html', 'doc/source/ray-air/getting-started.rst'),
  client: page(
    'Ray Client',
    'cluster/running-applications/job-submission/ray-client.html',
    'doc/source/cluster/running-applications/job-submission/ray-client.rst',
  ),
  actorPool: page('ActorPool (actor utilities)', 'ray-core/actors/actor-utils.html', 'doc/source/ray-core/actors/actor-utils.rst'),
  kuberay: page('Ray on Kubernetes (KubeRay)', 'cluster/kubernetes/index.html', 'doc/source/cluster/kubernetes/index.md'),
} as const;

/** The first steps the home page gives: install, run locally, then a RayCluster and a RayJob with KubeRay. */
export const firstSteps = {
  install: page('Installing Ray', 'ray-overview/installation.html', 'doc/source/ray-overview/installation.rst'),
  gettingStarted: page('Getting started', 'ray-overview/getting-started.html', 'doc/source/ray-overview/getting-started.md'),
  rayCluster: page(
    'RayCluster quickstart',
    'cluster/kubernetes/getting-started/raycluster-quick-start.html',
    'doc/source/cluster/kubernetes/getting-started/raycluster-quick-start.md',
  ),
  rayJob: page(
    'RayJob quickstart',
    'cluster/kubernetes/getting-started/rayjob-quick-start.html',
    'doc/source/cluster/kubernetes/getting-started/rayjob-quick-start.md',
  ),
} as const;

/**
 * A `rayLibraries` entry → its docs page. Entries are free text in both
 * languages ("RayCluster、RayJob", "Ray Kubernetes operator"), so each page
 * is found by the names it goes by; the first match wins.
 */
const matchers: [RegExp, RayDocsPage][] = [
  [/^ray data\b|^datasets?\b/i, pages.data],
  [/^ray train\b/i, pages.train],
  [/^ray tune\b/i, pages.tune],
  [/^ray serve\b/i, pages.serve],
  [/^rllib\b/i, pages.rllib],
  [/^ray air\b/i, pages.air],
  [/^ray client\b/i, pages.client],
  [/^actorpool\b/i, pages.actorPool],
  [/kuberay|kubernetes operator|raycluster|rayjob|rayservice/i, pages.kuberay],
  [/^ray core\b|^ray\s*[(（]/i, pages.core],
];

export function rayDocsFor(library: string): RayDocsPage | undefined {
  return matchers.find(([re]) => re.test(library.trim()))?.[1];
}

/** The docs pages of a case study's Ray pieces, each once, in the order listed. */
export function rayDocsForAll(libraries: readonly string[]): RayDocsPage[] {
  const found = libraries.map(rayDocsFor).filter((p): p is RayDocsPage => p !== undefined);
  return [...new Set(found)];
}
