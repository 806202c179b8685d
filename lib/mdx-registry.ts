// The MDX components an author may use in content/**/*.mdx, and the props each
// one takes: the one list. components/mdx/mdx-components.tsx maps every name
// here to its React component (typed against this list, so a name missing
// there, or one that is not here, fails `tsc`), and `npm run content:check`
// checks every <Name …> in the content against it. React-free, so that the
// checker (tooling in scripts/, bundled by esbuild) imports it as it is.
// `npm run docs:reference` writes the authors' reference (content/guide/reference.md)
// from this list and each `summary`; tests/unit/guide-reference.test.ts fails when
// it is stale, tests/unit/content-rules.test.ts that the props still exist on the components.
import { resourceKinds } from './resource-kinds';

export type PropSpec =
  | { readonly type: 'string' | 'link' | 'expression'; readonly required?: boolean }
  | { readonly type: 'number'; readonly required?: boolean }
  | { readonly type: 'enum'; readonly options: readonly string[]; readonly required?: boolean }
  | { readonly type: 'case-study-slugs'; readonly required?: boolean };

export interface MdxComponentSpec {
  /** The file that defines the component. */
  readonly file: string;
  /** What it shows, for the authors' reference (English · 中文). */
  readonly summary: string;
  /** The props an author may set. Without a list (the diagrams), attributes are not checked. */
  readonly props?: Readonly<Record<string, PropSpec>>;
  /** Heading ids the component renders when written without props: valid #anchors. */
  readonly anchors?: readonly string[];
}

/** In the order the checker lists them in its messages. */
export const mdxRegistry = {
  Figure: {
    summary: 'A picture or diagram with a caption under it · 图',
    file: 'components/mdx/figure.tsx',
    props: { caption: { type: 'string' } },
  },
  Callout: {
    summary: 'A highlighted box: a tip, a note or a warning · 提示框',
    file: 'components/mdx/callout.tsx',
    props: { kind: { type: 'enum', options: ['tip', 'note', 'warning'] }, title: { type: 'string' } },
  },
  LinkCard: {
    summary: 'A card linking to a page or another site; the text between the tags is its description · 链接卡片',
    file: 'components/mdx/link-card.tsx',
    props: {
      href: { type: 'link', required: true },
      title: { type: 'string', required: true },
      kind: { type: 'enum', options: [...resourceKinds, 'page'] },
    },
  },
  FactsTable: {
    summary: 'A small two-column table of facts · 事实表',
    file: 'components/mdx/facts-table.tsx',
    props: { items: { type: 'expression', required: true }, caption: { type: 'string' } },
  },
  PillarCards: {
    summary: 'Every published pillar as a numbered card, in `order` · 支柱卡片',
    file: 'components/mdx/pillar-cards.tsx',
    props: {},
  },
  CaseStudyCards: {
    summary: 'Case studies as cards: company, platform, year and the outcome (or deployment) · 案例卡片',
    file: 'components/mdx/case-study-cards.tsx',
    props: { slugs: { type: 'case-study-slugs' }, show: { type: 'enum', options: ['outcome', 'deployment'] } },
  },
  ResourceList: {
    summary: 'The resources, grouped by kind with a jump list (#blog, #talk…) · 资源列表',
    file: 'components/mdx/resource-list.tsx',
    props: { kind: { type: 'enum', options: resourceKinds }, limit: { type: 'number' } },
    // Without props it renders one section per kind, with these ids.
    anchors: resourceKinds,
  },
  StackDiagram: {
    summary: "Diagram: Ray's AI libraries on Ray Core, on any cloud or Kubernetes",
    file: 'components/diagrams/stack-diagram.tsx',
  },
  PillarsDiagram: { summary: 'Diagram: the three pillars', file: 'components/diagrams/pillars-diagram.tsx' },
  MerlinDiagram: { summary: "Diagram: Shopify's Merlin architecture", file: 'components/diagrams/merlin-diagram.tsx' },
  SpotifyDiagram: { summary: 'Diagram: Ray at Spotify', file: 'components/diagrams/spotify-diagram.tsx' },
  PickAndChooseDiagram: { summary: 'Diagram: using one Ray library at a time', file: 'components/diagrams/pick-and-choose-diagram.tsx' },
  ExistingPlatformDiagram: {
    summary: 'Diagram: Ray inside an existing ML platform',
    file: 'components/diagrams/existing-platform-diagram.tsx',
  },
} as const satisfies Record<string, MdxComponentSpec>;

export type MdxComponentName = keyof typeof mdxRegistry;

/** Names an author can write as <Name />. */
export const mdxComponentNames = Object.keys(mdxRegistry) as MdxComponentName[];

/** The spec of a tag written in the content, if it is a registered component. */
export function mdxComponentSpec(name: string): MdxComponentSpec | undefined {
  return Object.hasOwn(mdxRegistry, name) ? (mdxRegistry as Record<string, MdxComponentSpec>)[name] : undefined;
}
