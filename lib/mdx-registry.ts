// The MDX components an author may use in content/**/*.mdx, and the props each
// one takes: the one list. components/mdx/mdx-components.tsx maps every name
// here to its React component (typed against this list, so a name missing
// there, or one that is not here, fails `tsc`), and `npm run content:check`
// checks every <Name …> in the content against it. React-free, so that the
// checker (tooling in scripts/, bundled by esbuild) imports it as it is.
// content/README.md documents each component (tests/unit/content-rules.test.ts
// checks that, and that the props here still appear in each component's file).
import { resourceKinds } from './resource-kinds';

export type PropSpec =
  | { readonly type: 'string' | 'link' | 'expression'; readonly required?: boolean }
  | { readonly type: 'number'; readonly required?: boolean }
  | { readonly type: 'enum'; readonly options: readonly string[]; readonly required?: boolean }
  | { readonly type: 'case-study-slugs'; readonly required?: boolean };

export interface MdxComponentSpec {
  /** The file that defines the component. */
  readonly file: string;
  /** The props an author may set. Without a list (the diagrams), attributes are not checked. */
  readonly props?: Readonly<Record<string, PropSpec>>;
  /** Heading ids the component renders when written without props: valid #anchors. */
  readonly anchors?: readonly string[];
}

/** In the order the checker lists them in its messages. */
export const mdxRegistry = {
  Figure: { file: 'components/mdx/figure.tsx', props: { caption: { type: 'string' } } },
  Callout: {
    file: 'components/mdx/callout.tsx',
    props: { kind: { type: 'enum', options: ['tip', 'note', 'warning'] }, title: { type: 'string' } },
  },
  LinkCard: {
    file: 'components/mdx/link-card.tsx',
    props: {
      href: { type: 'link', required: true },
      title: { type: 'string', required: true },
      kind: { type: 'enum', options: [...resourceKinds, 'page', 'docs'] },
    },
  },
  FactsTable: {
    file: 'components/mdx/facts-table.tsx',
    props: { items: { type: 'expression', required: true }, caption: { type: 'string' } },
  },
  PillarCards: { file: 'components/mdx/pillar-cards.tsx', props: {} },
  CaseStudyCards: {
    file: 'components/mdx/case-study-cards.tsx',
    props: { slugs: { type: 'case-study-slugs' }, show: { type: 'enum', options: ['outcome', 'deployment'] } },
  },
  CaseStudyComparison: { file: 'components/mdx/case-study-comparison.tsx', props: {} },
  ResourceList: {
    file: 'components/mdx/resource-list.tsx',
    props: { kind: { type: 'enum', options: resourceKinds }, limit: { type: 'number' } },
    // Without props it renders one section per kind, with these ids.
    anchors: resourceKinds,
  },
  StackDiagram: { file: 'components/diagrams/stack-diagram.tsx' },
  PillarsDiagram: { file: 'components/diagrams/pillars-diagram.tsx' },
  MerlinDiagram: { file: 'components/diagrams/merlin-diagram.tsx' },
  SpotifyDiagram: { file: 'components/diagrams/spotify-diagram.tsx' },
  PickAndChooseDiagram: { file: 'components/diagrams/pick-and-choose-diagram.tsx' },
  ExistingPlatformDiagram: { file: 'components/diagrams/existing-platform-diagram.tsx' },
} as const satisfies Record<string, MdxComponentSpec>;

export type MdxComponentName = keyof typeof mdxRegistry;

/** Names an author can write as <Name />. */
export const mdxComponentNames = Object.keys(mdxRegistry) as MdxComponentName[];

/** The spec of a tag written in the content, if it is a registered component. */
export function mdxComponentSpec(name: string): MdxComponentSpec | undefined {
  return Object.hasOwn(mdxRegistry, name) ? (mdxRegistry as Record<string, MdxComponentSpec>)[name] : undefined;
}
