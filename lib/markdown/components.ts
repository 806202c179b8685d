// Each MDX component of the registry (lib/mdx-registry.ts) as plain Markdown
// (mdast nodes), for the pages' Markdown twins (lib/markdown/twin.ts). The
// record is typed by the registry: a component added there without its
// Markdown here fails `tsc`. Text comes from the same places the components
// take it from: their props, the content and the UI strings (messages/).
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import type { MdxComponentName } from '@/lib/mdx-registry';
import { resourceKinds, type ResourceKind } from '@/lib/resource-kinds';
import { sourceDocuments } from '@/lib/content-source';
import { siteUrl } from '@/lib/site';
import { comparisonCell, comparisonColumns } from '@/lib/case-studies/comparison';

export type MdNode = {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  ordered?: boolean;
  spread?: boolean;
  children?: MdNode[];
};
export type JsxElement = { name: string; props: Record<string, unknown>; children: MdNode[] };
type Ctx = { locale: Locale };

const text = (value: string): MdNode => ({ type: 'text', value });
const strong = (value: string): MdNode => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: MdNode[]): MdNode => ({ type: 'paragraph', children });
const link = (url: string, label: string): MdNode => ({ type: 'link', url, children: [text(label)] });
const list = (items: MdNode[][]): MdNode => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});
/** A page's address, absolute like the canonical link. */
export const pageUrl = (locale: Locale, route: string) => siteUrl + localePath(locale, route);

const published = <T extends { draft?: boolean; locale?: string }>(docs: T[], locale?: Locale) =>
  docs.filter((d) => !d.draft && (!locale || d.locale === locale));
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** A diagram becomes its text alternative: the title and description its <svg> carries (messages/*\/diagrams.json). */
function diagram(key: string) {
  return (_: JsxElement, { locale }: Ctx): MdNode[] => {
    const t = translatorFor(locale, 'Diagrams') as unknown as (k: string) => string;
    return [paragraph(strong(t(`${key}.title`))), paragraph(text(t(`${key}.desc`)))];
  };
}

function resourceItem(r: (typeof sourceDocuments.resources)[number], locale: Locale): MdNode[] {
  const t = translatorFor(locale, 'Resources') as unknown as (k: string) => string;
  const meta = [t(`kinds.${r.kind}`), r.publisher, r.archived ? t('archived') : undefined].filter(Boolean).join(', ');
  const attribution = r.attribution?.[locale] ? ` (${r.attribution[locale]})` : '';
  return [link(r.url, r.title[locale]), text(` — ${meta}: ${r.summary[locale]}${attribution}`)];
}

export const componentMarkdown: Record<MdxComponentName, (el: JsxElement, ctx: Ctx) => MdNode[]> = {
  Figure: (el) => [
    ...el.children,
    ...(typeof el.props.caption === 'string' ? [paragraph({ type: 'emphasis', children: [text(el.props.caption)] })] : []),
  ],
  Callout: (el) => [
    { type: 'blockquote', children: [...(typeof el.props.title === 'string' ? [paragraph(strong(el.props.title))] : []), ...el.children] },
  ],
  LinkCard: (el) => [paragraph(link(String(el.props.href), String(el.props.title)))],
  FactsTable: (el) => {
    const items = (Array.isArray(el.props.items) ? el.props.items : []) as { label?: string; value?: string }[];
    const caption = typeof el.props.caption === 'string' ? [paragraph(strong(el.props.caption))] : [];
    return [...caption, list(items.map((i) => [strong(`${i.label ?? ''}:`), text(` ${i.value ?? ''}`)]))];
  },
  PillarCards: (_, { locale }) => [
    list(
      published(sourceDocuments.pillars, locale)
        .sort(byOrder)
        .map((p) => [link(pageUrl(locale, p.route), p.title), text(` — ${p.summary}`)]),
    ),
  ],
  CaseStudyCards: (el, { locale }) => {
    const all = published(sourceDocuments.caseStudies, locale).sort(byOrder);
    const slugs = Array.isArray(el.props.slugs) ? (el.props.slugs as string[]) : undefined;
    const chosen = slugs ? slugs.map((s) => all.find((c) => c.slug === s)).filter((c) => c !== undefined) : all;
    const deployment = el.props.show === 'deployment';
    return [
      list(
        chosen.map((c) => {
          const line = deployment ? c.deployment : c.outcome;
          const via = deployment ? c.deploymentAttribution : c.outcomeAttribution;
          return [link(pageUrl(locale, c.route), `${c.company} · ${c.platform}`), text(` — ${line}${via ? ` (${via})` : ''}`)];
        }),
      ),
    ];
  },
  CaseStudyComparison: (_, { locale }) => {
    const t = translatorFor(locale, 'CaseStudy') as unknown as (k: string) => string;
    const cell = (children: MdNode[]): MdNode => ({ type: 'tableCell', children });
    const header = { type: 'tableRow', children: [t('colPlatform'), ...comparisonColumns.map((c) => t(c))].map((h) => cell([text(h)])) };
    const rows = published(sourceDocuments.caseStudies, locale)
      .sort(byOrder)
      .map((c) => ({
        type: 'tableRow',
        children: [
          cell([link(pageUrl(locale, c.route), `${c.company} · ${c.platform}`)]),
          ...comparisonColumns.map((col) => {
            const { text: value, via } = comparisonCell(c, col, locale);
            return cell([text(via ? `${value} (${via})` : value)]);
          }),
        ],
      }));
    // A table has no caption in Markdown: the caption goes first, in bold.
    return [paragraph(strong(t('comparisonCaption'))), { type: 'table', children: [header, ...rows] }];
  },
  ResourceList: (el, { locale }) => {
    const all = published(sourceDocuments.resources).sort(byOrder);
    const kind = el.props.kind as ResourceKind | undefined;
    const limit = typeof el.props.limit === 'number' ? el.props.limit : undefined;
    if (kind || limit)
      return [
        list(
          all
            .filter((r) => !kind || r.kind === kind)
            .slice(0, limit)
            .map((r) => resourceItem(r, locale)),
        ),
      ];
    const t = translatorFor(locale, 'Resources') as unknown as (k: string) => string;
    return resourceKinds.flatMap((k) => {
      const items = all.filter((r) => r.kind === k);
      if (!items.length) return [];
      return [{ type: 'heading', depth: 2, children: [text(t(`groups.${k}`))] }, list(items.map((r) => resourceItem(r, locale)))];
    });
  },
  StackDiagram: diagram('stack'),
  PillarsDiagram: diagram('pillars'),
  MerlinDiagram: diagram('merlin'),
  SpotifyDiagram: diagram('spotify'),
  PickAndChooseDiagram: diagram('pickAndChoose'),
  ExistingPlatformDiagram: diagram('existingPlatform'),
};
