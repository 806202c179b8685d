// The hash of what a content file SAYS, not how it is typed: the translation
// record (record.ts) compares it, so formatting-only edits (Prettier, trailing
// spaces, line wrapping, quoting in the frontmatter) never make a page stale.
// It hashes the parsed frontmatter (without `updated`, which only dates the
// change) and the parsed MDX tree, positions dropped and whitespace collapsed.
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import YAML from 'yaml';

/** Frontmatter fields that date a change rather than make one. */
const IGNORED_FIELDS = new Set(['updated']);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const cache = new Map<string, ContentDigest>();

export interface ContentDigest {
  /** 16 hex digits of SHA-256 over the normalised content. */
  hash: string;
  /** The frontmatter's `updated` date as written (YYYY-MM-DD), if any. */
  updated?: string;
}

/** The digest of one .mdx file's text (memoised: the preview asks on every save). */
export function contentDigest(text: string): ContentDigest {
  const known = cache.get(text);
  if (known) return known;
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const body = match ? text.slice(match[0].length) : text;
  let data: Record<string, unknown> = {};
  try {
    const parsed = match ? YAML.parse(match[1]) : {};
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    data = { unparsed: match![1] }; // the check reports the syntax error; the hash still changes with the text
  }
  const updated =
    data.updated === undefined ? undefined : String(data.updated instanceof Date ? data.updated.toISOString().slice(0, 10) : data.updated);
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => !IGNORED_FIELDS.has(key)));
  let tree: unknown;
  try {
    tree = parser.parse(body);
  } catch {
    tree = body; // MDX that does not parse (the check reports it): hash its collapsed text
  }
  const canonical = JSON.stringify([normalise(fields), normalise(tree)]);
  const digest = { hash: createHash('sha256').update(canonical).digest('hex').slice(0, 16), updated };
  if (cache.size > 500) cache.clear();
  cache.set(text, digest);
  return digest;
}

/**
 * The digest of one language's half of a bilingual resource file
 * (content/resources/*.yaml): its `{ zh, en }` fields' texts in `locale`.
 * Fields both languages share (url, kind, order) are in neither half.
 */
export function resourceHalfDigest(text: string, locale: string): ContentDigest {
  let data: Record<string, unknown> = {};
  try {
    const parsed = YAML.parse(text);
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    data = { unparsed: text };
  }
  const half: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data))
    if (value && typeof value === 'object' && !Array.isArray(value) && locale in value)
      half[key] = (value as Record<string, unknown>)[locale];
  return {
    hash: createHash('sha256')
      .update(JSON.stringify(normalise(half)))
      .digest('hex')
      .slice(0, 16),
  };
}

/** Layout-free text: runs of whitespace become one space, none between two Chinese characters (a wrapped line). */
function collapse(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '')
    .trim();
}

/** A tree or value without positions, parser data and layout; keys sorted; hard breaks read as spaces. */
export function normalise(value: unknown): unknown {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return mergeText(value.map(normalise).flatMap(unwrapComponentParagraph));
  if (value instanceof Date) return value.toISOString();
  if (!value || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  if (node.type === 'break') return { type: 'text', value: ' ' };
  // A JS expression ({[…]} props): its syntax tree, so quotes, commas and line breaks do not count.
  const estree = (node.data as { estree?: unknown } | undefined)?.estree;
  if (estree) return { type: node.type, estree: normaliseEstree(estree) };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    if (key === 'type') {
      out.type = FLOW_TYPE[node.type as string] ?? node.type; // <X /> inside a line or on its own: the same component
      continue;
    }
    if (key === 'position' || key === 'data' || key === 'spread') continue; // where, parser extras, loose/tight lists
    out[key] = normalise(node[key]);
  }
  // <Callout>text</Callout> and the same with the text on its own lines (a paragraph): the same content.
  const kids = out.children as { type?: string; children?: unknown[] }[] | undefined;
  if (out.type === 'mdxJsxFlowElement' && kids?.length === 1 && kids[0].type === 'paragraph') out.children = kids[0].children;
  return out;
}

const FLOW_TYPE: Record<string, string> = { mdxJsxTextElement: 'mdxJsxFlowElement', mdxTextExpression: 'mdxFlowExpression' };

/** A paragraph of components only (consecutive <LinkCard /> lines) is those components: a formatter may put blank lines between them. */
function unwrapComponentParagraph(node: unknown): unknown[] {
  const n = node as { type?: string; children?: { type?: string; value?: string }[] };
  if (n?.type !== 'paragraph' || !n.children) return [node];
  const meaningful = n.children.filter((c) => !(c.type === 'text' && c.value === ''));
  return meaningful.every((c) => c.type === 'mdxJsxFlowElement') ? meaningful : [node];
}

const ESTREE_LAYOUT = new Set(['start', 'end', 'loc', 'range', 'raw', 'comments']);

function normaliseEstree(value: unknown): unknown {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return value.map(normaliseEstree);
  if (!value || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(node)
      .filter((key) => !ESTREE_LAYOUT.has(key))
      .sort()
      .map((key) => [key, normaliseEstree(node[key])]),
  );
}

/** Adjacent text nodes as one (a hard break between two lines reads as the wrapped line would). */
function mergeText(items: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    const last = out.at(-1) as { type?: string; value?: string } | undefined;
    const node = item as { type?: string; value?: string } | undefined;
    if (last?.type === 'text' && node?.type === 'text')
      out[out.length - 1] = { type: 'text', value: collapse(`${last.value} ${node.value}`) };
    else out.push(item);
  }
  return out;
}
