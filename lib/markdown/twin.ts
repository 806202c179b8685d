// Build time: the Markdown twin of every page (/en/case-studies/spotify.md
// beside /en/case-studies/spotify), for readers and tools that want the text
// without the layout (llms.txt). Made from the content itself — frontmatter
// and the MDX tree — never from the HTML: title and description first, a case
// study's facts panel as a list, each MDX component as plain Markdown
// (./components.ts), every link absolute, sources last. Drafts never get one.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Locale } from '@/i18n/routing';
import { knownWorkloads, workloadLabel } from '@/lib/case-studies/workloads';
import { infrastructurePatterns } from '@/lib/case-studies/infrastructure';
import { translatorFor } from '@/i18n/translator';
import { attributionOf, citedSource } from '@/lib/attribution';
import { sourceDocuments, type CaseStudy, type Page, type Pillar } from '@/lib/content-source';
import { mdxComponentSpec, type MdxComponentName } from '@/lib/mdx-registry';
import { siteUrl } from '@/lib/site';
import { componentMarkdown, pageUrl, type MdNode } from './components';
import { hasMarkdownTwin, markdownLink, markdownPath, markdownText as text } from './paths';
import { isAllowedUrl } from '../content-safety/urls';

export { markdownPath };

export type Twin = { locale: Locale; route: string; title: string; description: string; url: string; mdUrl: string; markdown: string };
type Doc = Page | Pillar | CaseStudy;
type Estree = { type: string; [key: string]: unknown };
type Attr = { type: string; name?: string; value?: string | { value?: string; data?: { estree?: Estree } } | null };
type Tree = MdNode & { name?: string | null; attributes?: Attr[]; alt?: string };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const printer = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** A site address made absolute ("/en/deployment#x" → origin + it); other addresses as they are. */
export function absoluteUrl(url: string, pageAddress: string): string {
  if (url.startsWith('#')) return pageAddress + url;
  if (url.startsWith('/') && !url.startsWith('//')) return siteUrl + url;
  return url;
}

/** The value of a JSX expression prop written as a literal (`items={[{ label: '…' }]}`). */
function literalValue(node: Estree | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Program':
      return literalValue((node.body as Estree[])[0]);
    case 'ExpressionStatement':
      return literalValue(node.expression as Estree);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('');
    case 'ArrayExpression':
      return (node.elements as Estree[]).map(literalValue);
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties as Estree[]).map((p) => {
          const key = p.key as { name?: string; value?: string };
          return [key.name ?? key.value, literalValue(p.value as Estree)];
        }),
      );
    default:
      return undefined;
  }
}

function propsOf(node: Tree): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    props[a.name] = a.value == null ? true : typeof a.value === 'string' ? a.value : literalValue(a.value.data?.estree);
  }
  return props;
}

/** The MDX tree as plain Markdown: components replaced, imports and expressions dropped, links absolute. */
function toPlain(nodes: Tree[], locale: Locale, address: string): MdNode[] {
  return nodes.flatMap((node): MdNode[] => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
    const children = node.children ? toPlain(node.children as Tree[], locale, address) : undefined;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      // Not a component of the registry (content:check forbids that): keep its text.
      if (!mdxComponentSpec(name)) return children ?? [];
      const md = componentMarkdown[name as MdxComponentName]({ name, props: propsOf(node), children: children ?? [] }, { locale });
      return md.flatMap((n) => absolutize(n, address));
    }
    // An address the HTML page would not carry (content:check and the compile step refuse it): the link goes, its text stays.
    if (typeof node.url === 'string' && !isAllowedUrl(node.url)) return node.type === 'link' ? (children ?? []) : [];
    const out: MdNode = { ...node, children };
    if (!children) delete out.children;
    if (node.url) out.url = absoluteUrl(node.url, address);
    return [out];
  });
}

/** Links made absolute; a link whose address is not allowed (a component's href={…}) becomes its text. */
function absolutize(node: MdNode, address: string): MdNode[] {
  const children = node.children?.flatMap((c) => absolutize(c, address));
  if (typeof node.url === 'string' && !isAllowedUrl(node.url)) return node.type === 'link' ? (children ?? []) : [];
  return [{ ...node, ...(node.url ? { url: absoluteUrl(node.url, address) } : {}), ...(children ? { children } : {}) }];
}

/** The attribution derived from the source a key number or proof item cites. */
function cited(study: CaseStudy, id: string, locale: Locale): string | undefined {
  const t = translatorFor(locale, 'CaseStudy') as unknown as Parameters<typeof attributionOf>[2];
  return attributionOf(citedSource(study.sources, id), locale, t);
}

/** The facts panel of a case study, as its page shows it, as a list. */
function factsPanel(doc: CaseStudy, locale: Locale): string {
  const t = translatorFor(locale, 'CaseStudy') as unknown as (k: string, values?: Record<string, string>) => string;
  const via = (s?: string) => (s ? ` (${text(s)})` : '');
  const lines = [
    `## ${t('facts')}`,
    '',
    `- **${t('company')}:** ${text(doc.company)}`,
    `- **${t('platform')}:** ${text(doc.platform)}`,
    `- **${t('year')}:** ${doc.year}`,
    `- **${t('rayLibraries')}:** ${text(doc.rayLibraries.join(', '))}${via(doc.rayLibrariesAttribution)}`,
    `- **${t('deployment')}:** ${text(doc.deployment)}${via(doc.deploymentAttribution)}`,
    `- **${t('workloads')}:** ${knownWorkloads(doc.workloads)
      .map((w) => workloadLabel(w, locale))
      .join(', ')}${via(doc.workloadsAttribution)}`,
    `- **${t('infrastructure')}:** ${infrastructurePatterns[doc.infrastructure][locale].label}`,
    ...(doc.scale ? [`- **${t('scale')}:** ${text(doc.scale)}${via(doc.scaleAttribution)}`] : []),
    ...(doc.before ? [`- **${t('before')}:** ${text(doc.before)}${via(doc.beforeAttribution)}`] : []),
  ];
  // Key numbers in the panel's two groups: results on Ray, then context.
  for (const [kind, title] of [
    ['result', t('results')],
    ['context', t('context')],
  ] as const) {
    const numbers = doc.keyNumbers.filter((k) => (k.kind === 'result') === (kind === 'result'));
    if (!numbers.length) continue;
    lines.push(
      `- **${title}:**`,
      ...numbers.map((k) => {
        const period = k.period ? text(t('period', { period: k.period })) : '';
        const baseline = k.baseline ? `; ${text(t('baseline', { baseline: k.baseline }))}` : '';
        return `  - **${text(k.value)}** — ${text(k.label)}${period}${baseline}${via(cited(doc, k.source, locale))}`;
      }),
    );
  }
  return lines.join('\n');
}

/** The home page's proof strip: each figure with what it measures and a link to its case study. */
function proofStrip(doc: Page, locale: Locale): string | undefined {
  if (!doc.proof.length) return undefined;
  const via = (s?: string) => (s ? ` (${text(s)})` : '');
  const studies = sourceDocuments.caseStudies.filter((c) => c.locale === locale && !c.draft);
  return doc.proof
    .map((p) => {
      const study = studies.find((c) => c.slug === p.caseStudy);
      const label = study ? markdownLink(p.label, pageUrl(locale, study.route)) : text(p.label);
      return `- **${text(p.value)}** — ${label}${via(study && cited(study, p.source, locale))}`;
    })
    .join('\n');
}

function sourcesList(doc: CaseStudy, locale: Locale): string {
  const t = translatorFor(locale, 'CaseStudy') as unknown as (k: string) => string;
  const items = doc.sources.map((s) => `- ${markdownLink(s.title, s.url)}${s.publisher ? ` — ${text(s.publisher)}` : ''}`);
  return [`## ${t('sources')}`, '', ...items].join('\n');
}

/** An MDX body as plain Markdown; `address` is the page's absolute URL (for its #anchors). */
export function mdxToMarkdown(source: string, locale: Locale, address: string): string {
  const tree = parser.parse(source) as unknown as Tree;
  return printer.stringify({ type: 'root', children: toPlain((tree.children ?? []) as Tree[], locale, address) } as never).trim();
}

/** One page's Markdown. */
export function markdownOf(doc: Doc, locale: Locale): string {
  const body = mdxToMarkdown(doc.body.raw, locale, pageUrl(locale, doc.route));
  const isCase = doc.type === 'CaseStudy';
  const lead = doc.type === 'Page' && doc.lead ? text(doc.lead) : undefined;
  const proof = doc.type === 'Page' ? proofStrip(doc, locale) : undefined;
  const parts = [`# ${text(doc.title)}`, `> ${text(doc.description)}`, lead, proof, isCase ? factsPanel(doc, locale) : undefined, body];
  if (isCase && doc.sources.length) parts.push(sourcesList(doc, locale));
  return parts.filter(Boolean).join('\n\n') + '\n';
}

/** Every published page of a locale with its twin, in a stable order (the search page has none: it is a form, not text). */
export function markdownTwins(locale: Locale): Twin[] {
  const { pages, pillars, caseStudies } = sourceDocuments;
  const docs: Doc[] = [...pages, ...pillars, ...caseStudies].filter((d) => d.locale === locale && !d.draft && hasMarkdownTwin(d.route));
  return docs
    .sort((a, b) => a.route.localeCompare(b.route))
    .map((doc) => ({
      locale,
      route: doc.route,
      title: doc.title,
      description: doc.description,
      url: pageUrl(locale, doc.route),
      mdUrl: siteUrl + markdownPath(locale, doc.route),
      markdown: markdownOf(doc, locale),
    }));
}
