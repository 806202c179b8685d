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
  /** The props an author may set (an allowlist). Without a list (the diagrams), no attribute is allowed. */
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
      kind: { type: 'enum', options: [...resourceKinds, 'page', 'docs'] },
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
  CaseStudyComparison: {
    summary: 'Every published case study side by side in one table, from their fields (stacked blocks below 768 px) · 案例对照表',
    file: 'components/mdx/case-study-comparison.tsx',
    props: {},
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

/**
 * HTML elements an author may write in MDX, with the attributes each takes
 * (besides GLOBAL_HTML_ATTRIBUTES): what prose needs, nothing that loads,
 * runs, styles or redirects (<script>, <style>, <meta>, <base>, <form>,
 * <iframe>, on*, style, srcSet, dangerouslySetInnerHTML…). An allowlist: an
 * element or attribute not named here is refused by content:check and again
 * by the MDX compile step (lib/content-safety/).
 */
export const htmlElements: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    ['p', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'code', 'kbd', 'samp', 'var', 'pre', 'br', 'hr']
      .concat(['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption'])
      .concat(['figure', 'figcaption', 'span', 'div', 'summary', 'abbr', 'cite', 'dfn'])
      .map((name) => [name, []]),
  ),
  a: ['href', 'hrefLang', 'hreflang', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ol: ['start', 'reversed'],
  th: ['colSpan', 'rowSpan', 'scope', 'align'],
  td: ['colSpan', 'rowSpan', 'align'],
  blockquote: ['cite'],
  q: ['cite'],
  time: ['dateTime'],
  details: ['open'],
};

/** Attributes any allowed HTML element takes. */
export const GLOBAL_HTML_ATTRIBUTES: readonly string[] = ['id', 'title', 'lang', 'dir'];

/** Attributes that hold an address: their values must pass lib/content-safety/urls.ts. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];
