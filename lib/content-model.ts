// Content model: every page is an MDX file under content/{locale}/…, mirroring
// its URL; resources are bilingual YAML data under content/resources/.
// The descriptions are the authors' reference: `npm run docs:reference` writes
// content/guide/reference.md from them (a unit test fails when it is stale).
// contentlayer.config.ts hands it to Contentlayer; the content check
// (scripts/content/check/) reads the same object. It imports only Contentlayer's
// light schema helpers, so the check loads it in milliseconds.
import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files/schema';
import type { Args as SourceOptions, ComputedFields } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { CONTENT_DIR, contentPath } from './content-path';
import { rehypeTopImage } from './images/rehype-top-image';
import { contentEsbuildOptions } from './content-safety/compile-options';
import { remarkContentSafety } from './content-safety/remark-content-safety';
import { extractToc } from './toc';
import { Resource } from './content-model-resource';
import { workloadIds } from './case-studies/workloads';
import { infrastructureIds } from './case-studies/infrastructure';

/** content/zh/why-ray/open-and-extensible.mdx → locale "zh", slug "open-and-extensible", route "/why-ray/open-and-extensible" (lib/content-path.ts). */
const pageComputedFields: ComputedFields = {
  locale: {
    type: 'string',
    description: 'Locale taken from the first folder of the file path (zh or en).',
    resolve: (doc) => contentPath(doc._raw.flattenedPath).locale,
  },
  slug: {
    type: 'string',
    description: 'Last URL segment (file name without .mdx); empty for the home page.',
    resolve: (doc) => contentPath(doc._raw.flattenedPath).slug,
  },
  route: {
    type: 'string',
    description: 'URL path without the locale prefix: "/", "/deployment", "/case-studies/spotify".',
    resolve: (doc) => contentPath(doc._raw.flattenedPath).route,
  },
  toc: {
    type: 'json',
    description: 'Headings (## and ###) with the ids rehype-slug gives them.',
    resolve: (doc) => extractToc(doc.body.raw),
  },
};

const commonFields = {
  title: { type: 'string', required: true, description: 'Page title: the <h1> and the <title>.' },
  description: {
    type: 'string',
    required: true,
    description: 'One or two sentences for search results and link previews (max. 160 characters; a Chinese character counts as two).',
  },
  updated: {
    type: 'date',
    required: true,
    description:
      'Last meaningful edit (YYYY-MM-DD): shown under the title, given to the sitemap and the feeds. Change it when the content changes (not for formatting); content:check warns when the content changed but the date did not.',
  },
  draft: {
    type: 'boolean',
    default: false,
    description: 'true: shown in `npm run dev` only, never on the live site. Leave it out (or false) to publish.',
  },
  translationPending: {
    type: 'boolean',
    default: false,
    description:
      'true: this page is published in its own language first, on purpose; the other language\'s URL shows a short "available in …" page until the translation exists.',
  },
  parityExceptions: {
    type: 'list',
    of: { type: 'string' },
    default: [],
    description: 'Deliberate differences from the translation that content:check accepts: a URL, a number, "components" or "headings".',
  },
} as const;

// Attribution: a fact seen only in a third-party summary (a source with
// `summary: true`) carries the summary's name wherever it is shown. Key numbers
// and proof items cite a source by id and the attribution is derived from it
// (lib/attribution.ts); the other fields below are typed by hand. content:check
// (scripts/content/check/attribution.ts) holds the rule; the guide explains it.
const attribution = {
  type: 'string',
  description:
    'Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.',
} as const;

/** One figure of the home page's proof strip; it links to the case study that states it. */
const ProofPoint = defineNestedType(() => ({
  name: 'ProofPoint',
  fields: {
    value: { type: 'string', required: true, description: 'The figure as the case study states it, e.g. "2–3 days → a few hours".' },
    label: { type: 'string', required: true, description: 'What the figure measures, naming the company.' },
    caseStudy: { type: 'string', required: true, description: 'Slug of the case study that states the figure, e.g. instacart-griffin.' },
    source: {
      type: 'string',
      required: true,
      description: "id of the case study's source the figure comes from, e.g. zenml; the attribution shown is derived from it.",
    },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: '*/*.mdx',
  contentType: 'mdx',
  fields: {
    ...commonFields,
    lead: { type: 'string', description: 'Optional line under the title (the hero sentence on the home page).' },
    navTitle: { type: 'string', description: 'Label in the header navigation; pages without it stay out of the nav.' },
    navOrder: {
      type: 'number',
      description: 'Position in the header navigation (smaller comes first); the same number in both languages.',
    },
    proof: {
      type: 'list',
      of: ProofPoint,
      default: [],
      description: 'Home page only: sourced figures shown in a strip under the hero, each linking to its case study.',
    },
  },
  computedFields: pageComputedFields,
}));

export const Pillar = defineDocumentType(() => ({
  name: 'Pillar',
  filePathPattern: '*/why-ray/*.mdx',
  contentType: 'mdx',
  fields: {
    ...commonFields,
    order: { type: 'number', required: true, description: 'Pillar number (1, 2, 3): order on cards and lists.' },
    summary: { type: 'string', required: true, description: 'One sentence shown on the pillar cards.' },
    caseStudies: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Slugs of case studies that show this pillar, e.g. [shopify-merlin, spotify].',
    },
  },
  computedFields: pageComputedFields,
}));

const KeyNumber = defineNestedType(() => ({
  name: 'KeyNumber',
  fields: {
    value: { type: 'string', required: true, description: 'The figure, e.g. "3×" or "20 workers".' },
    label: { type: 'string', required: true, description: 'What the figure measures.' },
    kind: {
      type: 'enum',
      options: ['result', 'context'],
      required: true,
      description:
        'result: an outcome of running Ray (shown under "Results on Ray"; only these may reach the home page\'s proof strip); context: a fact about the company, the platform as a whole or another product.',
    },
    baseline: { type: 'string', description: 'What the figure is compared with, as the source states it, e.g. "Celery on ECS".' },
    period: {
      type: 'string',
      description: 'When or over what time the figure holds, as the source states it, e.g. "2022" or "in one year".',
    },
    source: {
      type: 'string',
      required: true,
      description: "id of the source the figure comes from, one of the page's sources; the attribution shown is derived from it.",
    },
  },
}));

const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    id: {
      type: 'string',
      description: 'Short name that key numbers and proof items use to cite this source, e.g. zenml-talk; the same in both languages.',
    },
    title: { type: 'string', required: true, description: 'Title of the cited page or video.' },
    url: {
      type: 'string',
      required: true,
      description: 'https:// address of the real source (example.com, localhost and private addresses are errors on a published page).',
    },
    publisher: { type: 'string', description: 'Who published it, e.g. "Shopify Engineering".' },
    summary: {
      type: 'boolean',
      default: false,
      description:
        "true for a third-party summary of an original (e.g. ZenML's MLOps database): facts seen only there carry an attribution naming its publisher.",
    },
  },
}));

export const CaseStudy = defineDocumentType(() => ({
  name: 'CaseStudy',
  filePathPattern: '*/case-studies/*.mdx',
  contentType: 'mdx',
  fields: {
    ...commonFields,
    company: { type: 'string', required: true, description: 'Company name, e.g. "Shopify".' },
    platform: { type: 'string', required: true, description: 'Platform name, e.g. "Merlin".' },
    year: {
      type: 'number',
      required: true,
      description:
        'Year of the sources the case study relies on (when the platform was first described publicly): in the facts panel, on the cards and in the proof strip. A number.',
    },
    published: { type: 'date', required: true, description: 'Date this case study was first published on the site (the feeds).' },
    order: {
      type: 'number',
      required: true,
      description: 'Position in lists and previous/next links (1 comes first); the same number in both languages.',
    },
    outcome: { type: 'string', required: true, description: 'One concrete, sourced result: the big line on the case-study cards.' },
    outcomeAttribution: { ...attribution, description: `Outcome from a summary: ${attribution.description}` },
    rayLibraries: {
      type: 'list',
      of: { type: 'string' },
      required: true,
      description: 'Ray pieces used, e.g. [Ray Train, Ray Tune, KubeRay].',
    },
    rayLibrariesAttribution: { ...attribution, description: `Ray pieces from a summary: ${attribution.description}` },
    deployment: {
      type: 'string',
      required: true,
      description:
        'Where Ray runs, e.g. "Kubernetes (GKE) via KubeRay"; the home page\'s cards show it without a year, so name the year here when it is not `year`\'s.',
    },
    deploymentAttribution: { ...attribution, description: `Deployment from a summary: ${attribution.description}` },
    workloads: {
      type: 'list',
      of: { type: 'string' },
      required: true,
      description: `What the platform runs on Ray, from the sources; one or more of ${workloadIds.join(', ')} (lib/case-studies/workloads.ts).`,
    },
    workloadsAttribution: { ...attribution, description: `Workloads from a summary: ${attribution.description}` },
    infrastructure: {
      type: 'enum',
      options: infrastructureIds,
      required: true,
      description: `How Ray runs there, as one of the deployment page's patterns: ${infrastructureIds.join(' or ')}; the next step links that section.`,
    },
    scale: { type: 'string', description: 'The scale the sources state (workers, models, users), in one line.' },
    scaleAttribution: { ...attribution, description: `Scale from a summary: ${attribution.description}` },
    before: { type: 'string', description: 'What Ray replaced or joined, in one line.' },
    beforeAttribution: { ...attribution, description: `"before" from a summary: ${attribution.description}` },
    keyNumbers: {
      type: 'list',
      of: KeyNumber,
      default: [],
      description: 'Figures shown in the facts panel, results on Ray and context apart; each cites its source.',
    },
    sources: {
      type: 'list',
      of: Source,
      required: true,
      description:
        'Every source the page relies on, listed at the end of the page. Every attribution on the page must name the publisher of one of them.',
    },
  },
  computedFields: pageComputedFields,
}));

// Resources: bilingual YAML data (lib/content-model-resource.ts).
export { Resource };

/** The makeSource() arguments (contentlayer.config.ts). */
export const contentSource = {
  contentDirPath: CONTENT_DIR,
  contentDirExclude: ['README.md', 'guide', 'translations.json'],
  documentTypes: [Page, Pillar, CaseStudy, Resource],
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  mdx: {
    // remarkContentSafety first: a page holding code is refused before anything else reads it.
    remarkPlugins: [remarkContentSafety, remarkGfm],
    esbuildOptions: contentEsbuildOptions,
    rehypePlugins: [
      rehypeTopImage,
      rehypeSlug,
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
    ],
  },
} satisfies SourceOptions;
