// Build time: the searchable documents of one locale, from the content itself
// (Contentlayer's data: frontmatter fields and the MDX source), never from
// crawled HTML. Drafts are never indexed, whatever the build. Each document's
// text is plain text: markdown syntax, JSX tags and URLs are dropped; text in
// component props (FactsTable items, Figure captions, LinkCard titles) is kept.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sourceDocuments, type Page, type Pillar, type CaseStudy, type Resource } from '@/lib/content-source';
import { localePath, type Locale } from '@/i18n/routing';
import { resourceAnchor } from '@/lib/resource-kinds';
import zhCommon from '@/messages/zh/common.json';
import enCommon from '@/messages/en/common.json';
import { knownWorkloads, workloadLabel } from '@/lib/case-studies/workloads';
import { infrastructurePatterns } from '@/lib/case-studies/infrastructure';
import type { SearchDoc } from './engine';

export type SearchContent = { pages: Page[]; pillars: Pillar[]; caseStudies: CaseStudy[]; resources: Resource[] };

/** Routes that are not searched for: the search page itself. */
export const SEARCH_ROUTE = '/search';

const messages = { zh: zhCommon, en: enCommon } as const;
const format = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export const siteContent = (): SearchContent => ({ ...sourceDocuments });

type Node = { type: string; value?: string; alt?: string; name?: string; depth?: number; children?: Node[]; attributes?: JsxAttribute[] };
type JsxAttribute = { type: string; name?: string; value?: string | { data?: { estree?: unknown } } | null };

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Props whose values are addresses or switches, not text. */
const NON_TEXT_PROPS = new Set(['href', 'url', 'src', 'kind', 'id', 'className', 'limit']);
const looksLikeAddress = (s: string) => /^(https?:\/\/|\/|#|mailto:)/.test(s);

/** String literals of a JSX expression prop (`items={[{ label: '…', value: '…' }]}`), address keys skipped. */
function literals(estree: unknown, out: string[]) {
  if (!estree || typeof estree !== 'object') return;
  const node = estree as Record<string, unknown>;
  if (node.type === 'Property') {
    const key = node.key as { name?: string; value?: string } | undefined;
    if (NON_TEXT_PROPS.has(key?.name ?? key?.value ?? '')) return;
  }
  if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value);
  if (node.type === 'TemplateElement') out.push((node.value as { cooked?: string }).cooked ?? '');
  for (const [k, v] of Object.entries(node)) {
    if (k === 'loc' || k === 'range' || k === 'position') continue;
    if (Array.isArray(v)) v.forEach((c) => literals(c, out));
    else if (v && typeof v === 'object') literals(v, out);
  }
}

function propText(node: Node): string[] {
  const out: string[] = [];
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || NON_TEXT_PROPS.has(a.name ?? '')) continue;
    if (typeof a.value === 'string') out.push(a.value);
    else if (a.value && typeof a.value === 'object') literals(a.value.data?.estree, out);
  }
  return out.filter((s) => !looksLikeAddress(s));
}

const INLINE = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement']);

/** Plain text of an MDX body and its headings (## and below). */
export function mdxToText(source: string, locale: string): { body: string; headings: string[] } {
  const headings: string[] = [];
  const text = (node: Node): string => {
    switch (node.type) {
      case 'text':
        // A line break inside a Chinese paragraph is no space between words.
        return locale === 'zh' ? node.value!.replace(/(\p{Script=Han})\s*\n\s*(?=\p{Script=Han})/gu, '$1') : node.value!;
      case 'inlineCode':
      case 'code':
        return node.value!;
      case 'image':
        return node.alt ?? '';
      case 'break':
        return ' ';
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return '';
    }
    const children = (node.children ?? []).map(text);
    const joined = children.join(INLINE.has(node.type) ? '' : '\n');
    if (node.type === 'heading') headings.push(joined.trim());
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return [...propText(node), joined].join('\n');
    return joined;
  };
  const body = text(mdx.parse(source) as Node);
  return { body: clean(body), headings: headings.filter(Boolean) };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const join = (...parts: (string | number | undefined | null | false)[]) => clean(parts.filter((p) => p || p === 0).join(' \n'));

/**
 * Every published page of `locale` (the search page itself left out) and
 * every published resource, as documents for the index.
 */
export function searchDocuments(locale: Locale, content: SearchContent = siteContent()): SearchDoc[] {
  const m = messages[locale];
  const published = <T extends { draft?: boolean }>(d: T) => !d.draft;
  const mine = <T extends { locale: string; draft?: boolean; route: string }>(list: T[]) =>
    list.filter((d) => d.locale === locale && published(d) && d.route !== SEARCH_ROUTE);

  const fromMdx = (doc: Page | Pillar | CaseStudy, label: string, meta: string): SearchDoc => {
    const { body, headings } = mdxToText(doc.body.raw, locale);
    return {
      id: localePath(locale, doc.route),
      title: doc.title,
      label,
      description: doc.description,
      headings: headings.join('\n'),
      meta,
      body,
    };
  };

  const pages = mine(content.pages).map((p) =>
    fromMdx(
      p,
      p.navTitle ?? (p.route === '/' ? m.Seo.sections.home : m.Site.name),
      join(p.lead, p.navTitle, ...p.proof.flatMap((x) => [x.value, x.label])),
    ),
  );
  const pillars = mine(content.pillars).map((p) => fromMdx(p, format(m.Seo.pillarLabel, { number: p.order }), join(p.summary)));
  const caseStudies = mine(content.caseStudies).map((c) =>
    fromMdx(
      c,
      format(m.Seo.caseStudyLabel, { company: c.company }),
      join(
        c.company,
        c.platform,
        c.year,
        c.outcome,
        c.deployment,
        // The fit facts: "batch inference" or "在线服务" finds the stories with that workload.
        ...knownWorkloads(c.workloads).map((w) => workloadLabel(w, locale)),
        infrastructurePatterns[c.infrastructure][locale].label,
        c.scale,
        c.before,
        ...c.rayLibraries,
        ...c.keyNumbers.flatMap((k) => [k.value, k.label, k.baseline, k.period]),
        ...c.sources.flatMap((s) => [s.title, s.publisher]),
      ),
    ),
  );
  const resources = content.resources.filter(published).map((r): SearchDoc => ({
    id: `${localePath(locale, '/resources')}#${resourceAnchor(r.slug)}`,
    title: r.title[locale],
    label: join(m.Resources.kinds[r.kind], r.archived && m.Resources.archived),
    description: r.summary[locale],
    headings: '',
    meta: join(r.publisher, m.Resources.kinds[r.kind], m.Resources.groups[r.kind]),
    body: '',
  }));
  return [...pages, ...pillars, ...caseStudies, ...resources];
}
