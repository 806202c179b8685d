// Content rules for `npm run content:check` (scripts/content-check.mjs), also
// run before every production build. Tooling only: no app code imports this.
//
// Input: the content model from contentlayer.config.ts (its makeSource
// arguments), the MDX components from lib/mdx-registry.ts, and the files. Output: every problem at once, each with the file, the line,
// what is wrong and how to fix it. The rules themselves are pure; only
// checkContentDir() at the bottom reads the disk.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, LineCounter, isMap, isSeq, isScalar, isPair, Scalar } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import GithubSlugger from 'github-slugger';
import { mdxComponentNames, mdxComponentSpec, type PropSpec } from './mdx-registry';

// ---------------------------------------------------------------------------
// Problems

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'file-unknown'
  | 'file-ignored'
  | 'file-name'
  | 'frontmatter'
  | 'yaml-syntax'
  | 'field-missing'
  | 'field-empty'
  | 'field-type'
  | 'field-unknown'
  | 'url-invalid'
  | 'not-https'
  | 'duplicate-route'
  | 'duplicate-url'
  | 'duplicate-order'
  | 'order-mismatch'
  | 'no-route'
  | 'translation-missing'
  | 'link-missing'
  | 'link-draft'
  | 'link-anchor'
  | 'link-locale'
  | 'link-relative'
  | 'image-missing'
  | 'image-alt'
  | 'image-external'
  | 'embed-blocked'
  | 'component-unknown'
  | 'component-prop'
  | 'mdx-syntax'
  | 'mdx-import'
  | 'mdx-expression'
  | 'heading-h1'
  | 'case-study-missing'
  | 'case-study-draft'
  | 'description-long'
  | 'placeholder'
  | 'language'
  | 'messages-syntax'
  | 'messages-missing';

export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes, e.g. content/zh/deployment.mdx. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  rule: RuleId;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `file:line — what is wrong — how to fix it` */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.message} — ${p.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

class Report {
  problems: Problem[] = [];
  error(file: string, line: number | undefined, rule: RuleId, message: string, fix: string) {
    this.problems.push({ severity: 'error', file, line, rule, message, fix });
  }
  warn(file: string, line: number | undefined, rule: RuleId, message: string, fix: string) {
    this.problems.push({ severity: 'warning', file, line, rule, message, fix });
  }
}

// ---------------------------------------------------------------------------
// The content model, read from contentlayer.config.ts's makeSource arguments

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'json' | 'enum' | 'list' | 'nested' | 'other';

export interface FieldSpec {
  kind: FieldKind;
  /** Required and without a default: the file must set it. */
  required: boolean;
  description?: string;
  options?: string[];
  /** List items. */
  of?: FieldSpec;
  /** Sub-fields of a nested value. */
  fields?: Record<string, FieldSpec>;
}

export interface DocTypeSpec {
  name: string;
  filePathPattern: string;
  contentType: string;
  fields: Record<string, FieldSpec>;
  computed: string[];
}

export interface ContentModel {
  contentDirPath: string;
  contentDirExclude: string[];
  documentTypes: DocTypeSpec[];
}

type AnyRecord = Record<string, any>;
const unthunk = (value: any) => (typeof value === 'function' ? value() : value);

function nestedFields(of: any): Record<string, FieldSpec> {
  const def = of && typeof of === 'object' && 'def' in of ? unthunk(of.def) : of;
  const fields = unthunk(def?.fields) ?? {};
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSpec(f as AnyRecord)]));
}

function fieldSpec(def: AnyRecord): FieldSpec {
  const base = { required: Boolean(def.required) && def.default === undefined, description: def.description };
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'date':
    case 'json':
      return { ...base, kind: def.type };
    case 'enum':
      return { ...base, kind: 'enum', options: [...def.options] };
    case 'list': {
      const of = def.of ?? { type: 'json' };
      const item = of.type === 'nested' && 'def' in of ? { kind: 'nested' as const, required: true, fields: nestedFields(of) } : fieldSpec({ ...of, required: true });
      return { ...base, kind: 'list', of: item };
    }
    case 'nested':
      return { ...base, kind: 'nested', fields: nestedFields(def.of) };
    default:
      return { ...base, kind: 'other' };
  }
}

/**
 * The model from contentlayer.config.ts's default export. The checker loads
 * the config with a stand-in for contentlayer2/source-files whose makeSource
 * returns its arguments (see scripts/content-check.mjs), so this reads the
 * very definitions Contentlayer uses.
 */
export function modelFromSource(source: AnyRecord): ContentModel {
  const args = source?.__contentlayerSourceArgs ?? source;
  if (!args || !args.documentTypes) throw new Error('contentlayer.config.ts: could not read the makeSource() arguments');
  const list = Array.isArray(args.documentTypes) ? args.documentTypes : Object.values(args.documentTypes);
  const documentTypes = list.map((dt: AnyRecord): DocTypeSpec => {
    const def = unthunk(dt.def ?? dt);
    const fields = unthunk(def.fields) ?? {};
    return {
      name: def.name,
      filePathPattern: def.filePathPattern,
      contentType: def.contentType ?? 'markdown',
      fields: Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSpec(f as AnyRecord)])),
      computed: Object.keys(unthunk(def.computedFields) ?? {}),
    };
  });
  return {
    contentDirPath: args.contentDirPath ?? 'content',
    contentDirExclude: args.contentDirExclude ?? ['node_modules', '.git', '.yarn', '.cache', '.next', '.contentlayer'],
    documentTypes,
  };
}

// ---------------------------------------------------------------------------
// Small helpers

/** A slug (file name without extension) is one URL segment: lowercase a–z, 0–9 and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isValidSlug = (slug: string) => SLUG_PATTERN.test(slug);

/** Contentlayer's file path patterns (micromatch) as a regular expression: *, **, ? and {a,b}. */
export function globToRegExp(glob: string): RegExp {
  const esc = (s: string) => s.replace(/[.+^$()|[\]\\]/g, '\\$&');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:[^/]+/)*';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, end).split(',').map(esc).join('|')})`;
      i = end;
    } else re += esc(c);
  }
  return new RegExp(`^${re}$`);
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = c.toLowerCase() === word.toLowerCase() ? 0 : levenshtein(word.toLowerCase(), c.toLowerCase());
    if (dist < bestDistance) [best, bestDistance] = [c, dist];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Display width: CJK and full-width characters count as two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}
export const DESCRIPTION_MAX_WIDTH = 160;

const LANGUAGE_NAMES: Record<string, string> = { zh: 'Chinese', en: 'English' };
const languageName = (locale: string) => LANGUAGE_NAMES[locale] ?? `"${locale}"`;
const aLanguage = (locale: string) => `${/^[AEIOU]/.test(languageName(locale)) ? 'an' : 'a'} ${languageName(locale)}`;

const TYPE_LABELS: Record<string, string> = { Page: 'page', Pillar: 'pillar page', CaseStudy: 'case study', Resource: 'resource' };
const typeLabel = (name: string) => TYPE_LABELS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** URL path of a route in a locale: ('en', '/') → '/en'. */
const localeUrl = (locale: string, route: string) => (route === '/' ? `/${locale}` : `/${locale}${route}`);

/** Static parsing of the locales in i18n/routing.ts (`locales: ['zh', 'en']`). */
export function parseLocales(source: string): string[] {
  const match = /locales\s*:\s*\[([^\]]*)\]/.exec(source);
  const locales = match ? [...match[1].matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]) : [];
  if (locales.length === 0) throw new Error('i18n/routing.ts: could not find `locales: [...]`');
  return locales;
}

// ---------------------------------------------------------------------------
// Frontmatter validation (on the YAML syntax tree, so every value has a line)

type Lines = (node: YamlNode | null | undefined, fallback: number) => number;

function scalarShown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function example(name: string, spec: FieldSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${name}: 1`;
    case 'boolean':
      return `${name}: false`;
    case 'date':
      return `${name}: ${new Date().toISOString().slice(0, 10)}`;
    case 'enum':
      return `${name}: ${spec.options?.[0]}`;
    case 'list':
      if (spec.of?.kind === 'nested') {
        const sub = Object.entries(spec.of.fields ?? {})
          .filter(([, f]) => f.required)
          .map(([k, f]) => example(k, f))
          .join(', ');
        return `${name}: [{ ${sub} }]`;
      }
      return `${name}: ["…"]`;
    case 'nested': {
      const sub = Object.entries(spec.fields ?? {})
        .filter(([, f]) => f.required)
        .map(([k, f]) => example(k, f))
        .join(', ');
      return `${name}: { ${sub} }`;
    }
    default:
      return name === 'url' ? `${name}: "https://…"` : `${name}: "…"`;
  }
}

const describe = (spec: FieldSpec) => (spec.description ? ` (${spec.description.replace(/\.$/, '')})` : '');

/** Field names that are set from the file's path, never in the frontmatter. */
const FROM_PATH: Record<string, string> = {
  slug: 'the file name is the slug',
  route: 'the file path is the URL',
  locale: 'the folder (content/zh or content/en) is the language',
  type: 'the folder decides the content type',
};

interface FieldContext {
  report: Report;
  file: string;
  lineOf: Lines;
  typeName: string;
  /** Every string value of a field named url/href, for the https check. */
  urls: { value: string; line: number; label: string }[];
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function isRealDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkMap(ctx: FieldContext, fields: Record<string, FieldSpec>, node: YamlNode | null | undefined, where: string, line: number) {
  const { report, file } = ctx;
  const present = new Set<string>();
  if (node && !isMap(node)) {
    report.error(file, ctx.lineOf(node, line), 'field-type', `${where} must be a list of "name: value" lines`, 'see content/README.md for the fields and an example');
    return;
  }
  for (const pair of (node as YAMLMap | null)?.items ?? []) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyLine = ctx.lineOf(pair.key as YamlNode, line);
    present.add(key);
    const spec = fields[key];
    const label = where === 'the frontmatter' ? `"${key}"` : `"${key}" in ${where}`;
    if (!spec) {
      const allowed = Object.keys(fields);
      const guess = closest(key, allowed);
      if (where === 'the frontmatter' && FROM_PATH[key]) {
        report.error(file, keyLine, 'field-unknown', `${label} cannot be set here: ${FROM_PATH[key]}`, 'remove the line (rename or move the file to change it)');
      } else {
        const what = where === 'the frontmatter' ? `is not a field of a ${typeLabel(ctx.typeName)}` : 'is not allowed here';
        report.error(
          file,
          keyLine,
          'field-unknown',
          `${label} ${what}`,
          guess ? `did you mean "${guess}"? (allowed: ${allowed.join(', ')})` : `remove it; allowed: ${allowed.join(', ')}`,
        );
      }
      continue;
    }
    checkValue(ctx, key, spec, pair.value as YamlNode | null, label, keyLine);
  }
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.required && !present.has(name)) {
      const label = where === 'the frontmatter' ? `required field "${name}" is missing` : `"${name}" is missing in ${where}`;
      report.error(file, line, 'field-missing', label, `add ${example(name, spec)}${describe(spec)}`);
    }
  }
}

function checkValue(ctx: FieldContext, name: string, spec: FieldSpec, node: YamlNode | null, label: string, keyLine: number) {
  const { report, file } = ctx;
  const line = ctx.lineOf(node, keyLine);
  const isNull = !node || (isScalar(node) && (node.value === null || node.value === undefined));
  if (isNull) {
    if (spec.required) report.error(file, keyLine, 'field-empty', `${label} is empty`, `write a value: ${example(name, spec)}${describe(spec)}`);
    return;
  }
  const value = isScalar(node) ? node.value : undefined;
  const plain = isScalar(node) && node.type === Scalar.PLAIN;
  const notScalar = !isScalar(node);
  switch (spec.kind) {
    case 'string': {
      if (notScalar) {
        report.error(file, line, 'field-type', `${label} must be one piece of text, not a list`, `write it on one line: ${example(name, spec)}`);
      } else if (typeof value !== 'string') {
        report.error(file, line, 'field-type', `${label} must be text, but it is ${typeof value === 'number' ? 'the number' : 'the value'} ${scalarShown(value)}`, `put it in double quotes: ${name}: "${value}"`);
      } else if (plain && DATE_LIKE.test(value)) {
        report.error(file, line, 'field-type', `${label} must be text, but unquoted it is read as a date`, `put it in double quotes: ${name}: "${value}"`);
      } else if (spec.required && value.trim() === '') {
        report.error(file, line, 'field-empty', `${label} is empty`, `write a value: ${example(name, spec)}${describe(spec)}`);
      } else if (name === 'url' || name === 'href') {
        ctx.urls.push({ value, line, label });
      }
      return;
    }
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        report.error(file, line, 'field-type', `${label} must be a number, but it is the text "${value}"`, `remove the quotes: ${name}: ${Number(value)}`);
      } else {
        report.error(file, line, 'field-type', `${label} must be a number, but it is ${notScalar ? 'a list' : scalarShown(value)}`, `write a number, e.g. ${example(name, spec)}${describe(spec)}`);
      }
      return;
    case 'boolean':
      if (typeof value === 'boolean') return;
      report.error(file, line, 'field-type', `${label} must be true or false, but it is ${notScalar ? 'a list' : scalarShown(value)}`, `write ${name}: true or ${name}: false (no quotes)`);
      return;
    case 'date':
      if (typeof value === 'string' && DATE_LIKE.test(value.trim())) {
        if (!isRealDate(value.trim())) report.error(file, line, 'field-type', `${label} is not a real date: ${value}`, `write an existing date as YYYY-MM-DD, e.g. ${example(name, spec)}`);
        return;
      }
      report.error(file, line, 'field-type', `${label} must be a date (YYYY-MM-DD), but it is ${notScalar ? 'a list' : scalarShown(value)}`, `write it like ${example(name, spec)}`);
      return;
    case 'enum': {
      const options = spec.options ?? [];
      if (typeof value === 'string' && options.includes(value)) return;
      const guess = typeof value === 'string' ? closest(value, options) : undefined;
      report.error(
        file,
        line,
        'field-type',
        `${label} must be one of ${options.join(', ')}, but it is ${notScalar ? 'a list' : scalarShown(value)}`,
        guess ? `did you mean ${name}: ${guess}?` : `write one of them, e.g. ${name}: ${options[0]}`,
      );
      return;
    }
    case 'list': {
      if (!isSeq(node)) {
        report.error(file, line, 'field-type', `${label} must be a list`, `write each item on its own line starting with "- " (indented under ${name}:), or ${example(name, spec)}`);
        return;
      }
      node.items.forEach((item, i) => {
        const itemLine = ctx.lineOf(item as YamlNode, line);
        const itemLabel = `${name} item ${i + 1}`;
        if (spec.of?.kind === 'nested') checkMap(ctx, spec.of.fields ?? {}, item as YamlNode, itemLabel, itemLine);
        else if (spec.of) checkValue(ctx, name, spec.of, item as YamlNode, `"${itemLabel}"`, itemLine);
      });
      return;
    }
    case 'nested':
      if (!isMap(node)) {
        const sub = Object.keys(spec.fields ?? {});
        report.error(file, line, 'field-type', `${label} must have the sub-fields ${sub.join(' and ')}`, `write them on their own lines, indented by two spaces under ${name}:, e.g. ${example(name, spec)}`);
        return;
      }
      checkMap(ctx, spec.fields ?? {}, node, `"${name}"`, line);
      return;
    default:
      return;
  }
}

function checkUrls(ctx: FieldContext) {
  for (const { value, line, label } of ctx.urls) {
    if (/^http:\/\//i.test(value)) {
      ctx.report.error(ctx.file, line, 'not-https', `${label} is not https: ${value}`, `use ${value.replace(/^http:/i, 'https:')} (open it to make sure it works)`);
    } else if (!/^https:\/\/[^\s/.]+\.[^\s]+$/i.test(value)) {
      ctx.report.error(ctx.file, line, 'url-invalid', `${label} is not a full web address: ${value}`, 'write the whole address, starting with https://');
    }
  }
}

function yamlErrorFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same field is written twice; keep one of them';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put the value in double quotes (needed when it contains ": " or starts with [ { * & ! | > \' " % @ `)';
    default:
      return 'put text values in double quotes and indent list items and sub-fields with spaces; compare with content/README.md';
  }
}

// ---------------------------------------------------------------------------
// Documents

interface LinkRef {
  href: string;
  line: number;
  /** A link or an image. */
  image: boolean;
  alt?: string;
  /** Where it was written, for the message: a markdown link, <LinkCard href> … */
  via: string;
}

export interface Doc {
  file: string;
  rel: string;
  type: DocTypeSpec;
  data: AnyRecord;
  fieldLines: Record<string, number>;
  /** Lines of the items of list fields. */
  itemLines: Record<string, number[]>;
  locale?: string;
  slug: string;
  route?: string;
  draft: boolean;
  headingIds: Set<string>;
  links: LinkRef[];
  caseStudyRefs: { slug: string; line: number; via: string }[];
  /** The file name is a valid URL segment. */
  validName: boolean;
}

export interface ContentFile {
  /** Path relative to the content directory, with forward slashes. */
  rel: string;
  text: string;
}

export interface AppRoute {
  /** URL segments; dynamic ones kept as written: ['[locale]', 'case-studies', '[slug]']. */
  segments: string[];
  kind: 'page' | 'handler';
}

export interface CheckInput {
  model: ContentModel;
  files: ContentFile[];
  /** Prefix shown before each relative path, e.g. "content". */
  displayDir: string;
  componentNames: string[];
  locales: string[];
  /** Whether /url/path is a file under public/. */
  publicFile: (urlPath: string) => boolean;
  /** Displayed name of the public directory, for messages. */
  publicDirName?: string;
  /** Route files under app/; null: skip the "has a route" check. */
  appRoutes?: AppRoute[] | null;
  /** messages/{locale}/*.json, paths relative to the project root. */
  messages?: { file: string; locale: string; name: string; text: string }[];
}

function flattenedPath(rel: string): string {
  return rel.replace(/\.[^./]+$/, '').replace(/\/?index$/, '');
}

function mdastText(node: AnyRecord): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(mdastText).join('');
}

/** Plain values of simple JSX attribute expressions: 3, 'a', ['a', 'b'], { … }. */
function estreeValue(node: AnyRecord | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Program':
      return node.body.length === 1 ? estreeValue(node.body[0]) : undefined;
    case 'ExpressionStatement':
      return estreeValue(node.expression);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q: AnyRecord) => q.value.cooked).join('') : undefined;
    case 'ArrayExpression':
      return node.elements.map((e: AnyRecord) => estreeValue(e));
    case 'UnaryExpression':
      return node.operator === '-' && typeof estreeValue(node.argument) === 'number' ? -(estreeValue(node.argument) as number) : undefined;
    default:
      return undefined;
  }
}

/** The parser's message in plainer words (the parser's own words when there is no better one). */
function mdxErrorWhat(reason: string): string {
  if (/create a comment in MDX/.test(reason)) return 'an HTML comment <!-- … --> (not allowed in MDX)';
  const closing = /Expected a closing tag for `(<[^`]+>)`/.exec(reason);
  if (closing) return `${closing[1]} is opened but never closed`;
  const before = /Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (before) return `"<" followed by "${before[1]}" is read as the start of a component`;
  if (/Could not parse expression|Unexpected end of file in expression/.test(reason)) return '"{…}" is read as code, and it is not valid code';
  return reason;
}

function mdxErrorFix(reason: string): string {
  if (/create a comment in MDX/.test(reason)) return 'write comments as {/* … */}';
  if (/Expected a closing tag/.test(reason)) return 'close the component: <Name …> … </Name>, or end it with /> when it has no content (e.g. <PillarCards />)';
  if (/Unexpected closing (tag|slash)/.test(reason)) return 'this closing tag has no matching opening tag; check the spelling of both';
  if (/before name/.test(reason)) return '"<" starts a component; to show a literal "<", write \\< (or rephrase, e.g. "less than")';
  if (/expression|acorn/i.test(reason)) return '"{" starts a code expression; to show a literal "{", write \\{';
  if (/attribute value/i.test(reason)) return 'put attribute values in double quotes (kind="tip") or braces for numbers and lists (limit={3})';
  return 'check the MDX syntax here: every component needs a closing tag or />, and a literal < or { must be written \\< or \\{';
}

const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function checkBody(report: Report, doc: Doc, blanked: string, componentNames: Set<string>) {
  const { file } = doc;
  let tree: AnyRecord;
  try {
    tree = mdxProcessor.parse(blanked) as AnyRecord;
  } catch (error) {
    const e = error as AnyRecord;
    const full = String(e.reason ?? e.message);
    const at = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(full);
    const line = e.place?.start?.line ?? e.place?.line ?? e.line ?? (at ? Number(at[1]) : 1);
    const reason = full.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, '');
    report.error(file, line, 'mdx-syntax', `MDX syntax error: ${mdxErrorWhat(reason)}`, mdxErrorFix(reason));
    return;
  }
  const slugger = new GithubSlugger();
  const definitions = new Map<string, string>();
  const visit = (node: AnyRecord) => {
    const line: number = node.position?.start?.line ?? 1;
    switch (node.type) {
      case 'heading': {
        doc.headingIds.add(slugger.slug(mdastText(node)));
        if (node.depth === 1) report.error(file, line, 'heading-h1', 'a level-1 heading (# …) in the text', 'the title is already the page heading; start sections with ## (and subsections with ###)');
        break;
      }
      case 'link':
        doc.links.push({ href: node.url, line, image: false, via: 'link' });
        break;
      case 'image':
        doc.links.push({ href: node.url, line, image: true, alt: node.alt ?? '', via: 'image' });
        break;
      case 'definition':
        definitions.set(node.identifier, node.url);
        doc.links.push({ href: node.url, line, image: false, via: 'link' });
        break;
      case 'mdxjsEsm':
        report.error(file, line, 'mdx-import', 'import/export is not allowed in content', 'remove it: every component in content/README.md is available without an import');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = node.data?.estree;
        const expr = program?.body?.[0]?.expression;
        if (expr?.type === 'Identifier') {
          report.error(file, line, 'mdx-expression', `{${expr.name}} is code, and "${expr.name}" is not defined`, `to show braces as text, write \\{${expr.name}\\}; comments are written {/* … */}`);
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(report, doc, node, line, componentNames);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

const BLOCKED_ELEMENTS = new Set(['iframe', 'script', 'style', 'embed', 'object', 'video', 'audio', 'form', 'link', 'meta']);

function checkElement(report: Report, doc: Doc, node: AnyRecord, line: number, componentNames: Set<string>) {
  const { file } = doc;
  const name: string | null = node.name;
  if (!name) return; // <>…</> fragment
  const attributes: AnyRecord[] = (node.attributes ?? []).filter((a: AnyRecord) => a.type === 'mdxJsxAttribute');
  const attr = (n: string) => attributes.find((a) => a.name === n);
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !componentNames.has(name)) {
    const guess = closest(name, componentNames);
    report.error(
      file,
      line,
      'component-unknown',
      `<${name}> is not a component you can use`,
      guess ? `did you mean <${guess}>? (components: ${[...componentNames].join(', ')})` : `use one of ${[...componentNames].join(', ')} (see content/README.md)`,
    );
    return;
  }
  if (!isComponent) {
    const guess = [...componentNames].find((c) => c.toLowerCase() === name.toLowerCase());
    if (guess) report.error(file, line, 'component-unknown', `<${name}> is written in lowercase`, `components start with a capital letter: <${guess}>`);
    // Blocked by the site's Content-Security-Policy (next.config.js), or unsafe: nothing would show.
    if (BLOCKED_ELEMENTS.has(name)) {
      report.error(file, line, 'embed-blocked', `<${name}> is not allowed: the site does not embed content from other sites or run scripts`, 'link to it instead, e.g. <LinkCard href="https://…" title="…" kind="talk" /> for a video');
      return;
    }
  }
  // Links and images in JSX: href= and src= on any element.
  for (const a of attributes) {
    if ((a.name === 'href' || a.name === 'src') && typeof a.value === 'string') {
      const image = a.name === 'src';
      const alt = attr('alt');
      doc.links.push({ href: a.value, line, image, alt: image ? (typeof alt?.value === 'string' ? alt.value : alt ? '(expression)' : '') : undefined, via: `<${name} ${a.name}>` });
    }
  }
  const spec = mdxComponentSpec(name);
  const props = spec?.props;
  if (!isComponent || !spec || !props) return;
  for (const [propName, prop] of Object.entries(props)) {
    if (prop.required && !attr(propName)) {
      report.error(file, line, 'component-prop', `<${name}> needs ${propName}=`, `add it, e.g. ${propExample(propName, prop)}; see content/README.md`);
    }
  }
  for (const a of attributes) {
    const prop = props[a.name];
    if (!prop) {
      const known = Object.keys(props);
      const guess = closest(a.name, known);
      report.warn(
        file,
        line,
        'component-prop',
        `<${name}> has no prop "${a.name}"; it is ignored`,
        guess ? `did you mean ${guess}=?` : known.length ? `its props are ${known.join(', ')}` : `write <${name} /> without props`,
      );
      continue;
    }
    const isExpression = a.value && typeof a.value === 'object';
    const value = isExpression ? estreeValue(a.value.data?.estree) : a.value;
    const shown = isExpression ? `{${a.value.value}}` : `"${a.value}"`;
    switch (prop.type) {
      case 'enum':
        if (typeof value !== 'string' || !prop.options.includes(value)) {
          const guess = typeof value === 'string' ? closest(value, prop.options) : undefined;
          report.error(file, line, 'component-prop', `<${name} ${a.name}=${shown}>: ${a.name} must be one of ${prop.options.join(', ')}`, guess ? `did you mean ${a.name}="${guess}"?` : `write e.g. ${a.name}="${prop.options[0]}"`);
        }
        break;
      case 'number':
        if (typeof value !== 'number') {
          const n = Number(value);
          report.error(file, line, 'component-prop', `<${name} ${a.name}=${shown}>: ${a.name} must be a number`, `write it in braces: ${a.name}={${Number.isFinite(n) ? n : 3}}`);
        }
        break;
      case 'string':
      case 'link':
        if (a.value === null || (isExpression && typeof value !== 'string')) {
          report.error(file, line, 'component-prop', `<${name} ${a.name}>: ${a.name} must be text`, `write ${a.name}="…"`);
        }
        break;
      case 'expression':
        if (!isExpression) report.error(file, line, 'component-prop', `<${name} ${a.name}=${shown}>: ${a.name} must be written in braces`, `see the <${name}> example in content/README.md`);
        break;
      case 'case-study-slugs':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
          report.error(file, line, 'component-prop', `<${name} ${a.name}=${shown}>: ${a.name} must be a list of case-study slugs`, `write ${a.name}={['shopify-merlin', 'spotify']}`);
        } else {
          for (const slug of value as string[]) doc.caseStudyRefs.push({ slug, line, via: `<${name} ${a.name}>` });
        }
        break;
    }
  }
  if (spec.anchors && attributes.length === 0) for (const id of spec.anchors) doc.headingIds.add(id);
}

function propExample(name: string, prop: PropSpec): string {
  switch (prop.type) {
    case 'link':
      return `${name}="/zh/resources"`;
    case 'enum':
      return `${name}="${prop.options[0]}"`;
    case 'number':
      return `${name}={3}`;
    case 'expression':
      return `${name}={[{ label: '…', value: '…' }]}`;
    case 'case-study-slugs':
      return `${name}={['spotify']}`;
    default:
      return `${name}="…"`;
  }
}

// ---------------------------------------------------------------------------
// The check

export function checkContent(input: CheckInput): Problem[] {
  const report = new Report();
  const { model, locales } = input;
  const shown = (rel: string) => (input.displayDir ? `${input.displayDir}/${rel}` : rel);
  const componentNames = new Set(input.componentNames);
  const patterns = model.documentTypes.map((t) => ({ type: t, re: globToRegExp(t.filePathPattern) }));
  const docs: Doc[] = [];

  for (const { rel, text: raw } of input.files) {
    const file = shown(rel);
    const text = raw.replace(/^\uFEFF/, '');
    const ext = rel.split('.').pop() ?? '';
    const type = patterns.find((p) => p.re.test(rel))?.type;
    if (!type) {
      const humane = (t: DocTypeSpec) =>
        t.filePathPattern
          .split('/')
          .map((seg, i) => (seg === '*' && i === 0 && t.contentType !== 'data' ? `{${locales.join(',')}}` : seg.replace(/\*/g, '<name>')))
          .join('/');
      const where = model.documentTypes.map((t) => `${input.displayDir}/${humane(t)}`).join(', ');
      let fix = `pages and resources live at ${where}`;
      if (ext === 'md') fix = `rename it to ${path.posix.basename(rel, '.md')}.mdx`;
      else if (ext === 'yml') fix = `rename it to ${path.posix.basename(rel, '.yml')}.yaml`;
      report.error(file, undefined, 'file-unknown', 'this file is not a page or resource the site knows', fix);
      continue;
    }
    const flat = flattenedPath(rel);
    const segments = flat.split('/');
    const isData = type.contentType === 'data';
    const baseName = path.posix.basename(rel).replace(/\.[^.]+$/, '');
    const locale = isData ? undefined : segments[0];
    if (!isData && !locales.includes(segments[0])) {
      report.error(file, undefined, 'file-unknown', `"${segments[0]}" is not a language folder`, `pages live under ${locales.map((l) => `${input.displayDir}/${l}/`).join(' or ')}`);
      continue;
    }
    if (!(baseName === 'index' && segments.length === 1) && !isValidSlug(baseName)) {
      const better = baseName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-page';
      report.error(file, undefined, 'file-name', `the file name "${path.posix.basename(rel)}" is not a valid URL segment`, `use lowercase letters, digits and hyphens only, e.g. ${better}.${ext}`);
    }
    const validName = (baseName === 'index' && segments.length === 1) || isValidSlug(baseName);
    const doc: Doc = {
      file,
      rel,
      type,
      data: {},
      fieldLines: {},
      itemLines: {},
      locale,
      slug: isData ? baseName : segments.length > 1 ? segments[segments.length - 1] : '',
      route: isData ? undefined : '/' + segments.slice(1).join('/'),
      draft: false,
      headingIds: new Set(),
      links: [],
      caseStudyRefs: [],
      validName,
    };

    // Split the frontmatter (MDX) or take the whole file (YAML data).
    let yamlText = text;
    let lineOffset = 0;
    let blanked: string | undefined;
    if (!isData) {
      const lines = text.split(/\r?\n/);
      if (lines[0]?.trimEnd() !== '---') {
        report.error(file, 1, 'frontmatter', 'the file does not start with frontmatter', 'start it with a line ---, then the fields (title: …), then another line ---; see content/README.md');
        docs.push(doc);
        continue;
      }
      const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
      if (end < 0) {
        report.error(file, 1, 'frontmatter', 'the frontmatter is not closed', 'add a line --- after the last field');
        docs.push(doc);
        continue;
      }
      yamlText = lines.slice(1, end).join('\n');
      lineOffset = 1;
      // The body with the frontmatter blanked out: MDX positions are then file lines.
      blanked = lines.map((l, i) => (i <= end ? '' : l)).join('\n');
    }

    const counter = new LineCounter();
    const yamlDoc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const lineOf: Lines = (node, fallback) => (node?.range ? counter.linePos(node.range[0]).line + lineOffset : fallback);
    const firstLine = 1;
    // Typed with a Chinese keyboard: a full-width colon after a field name, or full-width spaces before it.
    const typed = new Set<number>();
    yamlText.split('\n').forEach((l, i) => {
      const at = i + 1 + lineOffset;
      const colon = /^[ \t\u3000]*(?:- )?([A-Za-z][\w]*)[ \u3000]*：/.exec(l);
      if (colon) {
        typed.add(at);
        report.error(file, at, 'yaml-syntax', `"${colon[1]}" is followed by a Chinese colon (：)`, `write an English colon and a space: ${colon[1]}: …`);
      } else if (/^[ \t]*\u3000/.test(l)) {
        typed.add(at);
        report.error(file, at, 'yaml-syntax', 'the line is indented with a full-width space (全角空格)', 'indent with normal spaces (two per level)');
      }
    });
    if (yamlDoc.errors.length > 0) {
      for (const e of yamlDoc.errors) {
        const at = counter.linePos(e.pos[0]).line + lineOffset;
        if (typed.has(at)) continue;
        report.error(file, at, 'yaml-syntax', `${isData ? 'YAML' : 'frontmatter'} syntax error: ${e.message.split('\n')[0]}`, yamlErrorFix(e.code));
      }
    } else {
      const ctx: FieldContext = { report, file, lineOf, typeName: type.name, urls: [] };
      const contents = yamlDoc.contents as YamlNode | null;
      checkMap(ctx, type.fields, contents, 'the frontmatter', firstLine);
      checkUrls(ctx);
      const data = yamlDoc.toJS() ?? {};
      doc.data = typeof data === 'object' && !Array.isArray(data) ? data : {};
      if (isMap(contents)) {
        for (const pair of contents.items) {
          if (!isScalar(pair.key)) continue;
          const name = String(pair.key.value);
          doc.fieldLines[name] = lineOf(pair.key, firstLine);
          if (isSeq(pair.value)) doc.itemLines[name] = pair.value.items.map((item) => lineOf(item as YamlNode, doc.fieldLines[name]));
        }
      }
    }
    doc.draft = doc.data.draft === true;

    // Per-document content rules.
    const descLine = doc.fieldLines.description;
    if (typeof doc.data.description === 'string') {
      const width = textWidth(doc.data.description);
      if (width > DESCRIPTION_MAX_WIDTH) {
        report.warn(file, descLine, 'description-long', `"description" is ${width} characters long (a Chinese character counts as two); search results cut it after ${DESCRIPTION_MAX_WIDTH}`, `shorten it to one or two sentences of at most ${DESCRIPTION_MAX_WIDTH} characters (about ${DESCRIPTION_MAX_WIDTH / 2} Chinese characters)`);
      }
    }
    if (locale && typeof doc.data.title === 'string') {
      if (locale !== 'zh' && HAN.test(doc.data.title)) {
        report.warn(file, doc.fieldLines.title, 'language', `the ${languageName(locale)} title contains Chinese characters`, `translate it, or check that the file is in the right folder (${input.displayDir}/${locale}/ is ${languageName(locale)})`);
      } else if (locale === 'zh' && !HAN.test(doc.data.title)) {
        report.warn(file, doc.fieldLines.title, 'language', 'the Chinese title has no Chinese characters', `translate it, or check that the file is in the right folder (${input.displayDir}/zh/ is Chinese)`);
      }
    }
    if (!doc.draft) {
      const todoLines = text.split(/\r?\n/).flatMap((l, i) => (/\bTODO\b/.test(l) ? [i + 1] : []));
      if (todoLines.length > 0) {
        report.error(file, todoLines[0], 'placeholder', `still has placeholder text (TODO) on line${todoLines.length > 1 ? 's' : ''} ${todoLines.join(', ')}, and it is not a draft`, 'replace every TODO with real text, or keep draft: true until it is ready');
      }
    }
    if (blanked !== undefined) checkBody(report, doc, blanked, componentNames);
    (Array.isArray(doc.data.caseStudies) ? doc.data.caseStudies : []).forEach((ref: unknown, i: number) => {
      const line = doc.itemLines.caseStudies?.[i] ?? doc.fieldLines.caseStudies;
      if (typeof ref === 'string') doc.caseStudyRefs.push({ slug: ref, line, via: '"caseStudies"' });
    });
    docs.push(doc);
  }

  crossCheck(report, docs, input);
  if (input.messages) checkMessages(report, input.messages, locales);
  return sortProblems(report.problems);
}

function appServes(routes: AppRoute[], urlPath: string, locales: string[], kinds: AppRoute['kind'][]): boolean {
  const parts = urlPath.split('/').filter(Boolean);
  return routes.some(
    (r) =>
      kinds.includes(r.kind) &&
      r.segments.length === parts.length &&
      r.segments.every((seg, i) => {
        if (seg === '[locale]') return locales.includes(parts[i]);
        if (/^\[\[?\.\.\./.test(seg)) return false; // catch-all: the 404 page
        if (/^\[.+\]$/.test(seg)) return true;
        return seg === parts[i];
      }),
  );
}

function crossCheck(report: Report, docs: Doc[], input: CheckInput) {
  const { locales } = input;
  const pages = docs.filter((d) => d.locale !== undefined && d.route !== undefined);
  const byUrl = new Map<string, Doc>();
  const shownPath = (locale: string, route: string) => {
    const rest = route === '/' ? 'index' : route.slice(1);
    return `${input.displayDir}/${locale}/${rest}.mdx`;
  };

  // One URL, one file.
  for (const doc of pages) {
    const url = localeUrl(doc.locale!, doc.route!);
    const first = byUrl.get(url);
    if (first) report.error(doc.file, undefined, 'duplicate-route', `the URL ${url} is already used by ${first.file}`, 'rename or remove one of the two files');
    else byUrl.set(url, doc);
  }

  // Served by a route file under app/.
  if (input.appRoutes) {
    for (const doc of pages) {
      const url = localeUrl(doc.locale!, doc.route!);
      if (doc.validName && !appServes(input.appRoutes, url, locales, ['page'])) {
        const dir = `app/[locale]${doc.route === '/' ? '' : doc.route}/page.tsx`;
        // A draft never reaches the live site, so it cannot break it: a warning.
        (doc.draft ? report.warn : report.error).call(report, doc.file, undefined, 'no-route', `no page is served at ${url}: a new top-level page needs a route file (${dir})`, 'ask a developer to add it (a copy of app/[locale]/deployment/page.tsx), or put the text into an existing page');
      }
    }
  }

  // Both languages.
  for (const doc of pages) {
    for (const other of locales) {
      if (other === doc.locale) continue;
      const twin = byUrl.get(localeUrl(other, doc.route!));
      const twinFile = `${input.displayDir}/${other}/${doc.rel.split('/').slice(1).join('/')}`;
      if (!twin) {
        report.warn(doc.file, undefined, 'translation-missing', `has no ${languageName(other)} version: ${twinFile} is missing`, `create ${twinFile} (same path under ${input.displayDir}/${other}); until then the language switch goes to the ${languageName(other)} home page`);
      } else if (twin.draft && !doc.draft) {
        report.warn(doc.file, undefined, 'translation-missing', `the ${languageName(other)} version ${twin.file} is still a draft`, 'publish both together: set draft: false in both files');
      }
    }
  }

  // Orders: each position once; translations in the same position.
  const orderGroups = new Map<string, Doc[]>();
  for (const doc of docs) {
    if (doc.draft) continue;
    for (const field of ['order', 'navOrder']) {
      if (typeof doc.data[field] !== 'number') continue;
      if (field === 'navOrder' && !doc.data.navTitle) continue;
      const key = `${doc.type.name}|${doc.locale ?? ''}|${field}|${doc.data[field]}`;
      orderGroups.set(key, [...(orderGroups.get(key) ?? []), doc]);
    }
  }
  for (const [key, group] of orderGroups) {
    const field = key.split('|')[2];
    for (const doc of group.slice(1)) {
      report.warn(doc.file, doc.fieldLines[field], 'duplicate-order', `${field} ${doc.data[field]} is also used by ${group[0].file}`, `give each ${typeLabel(doc.type.name)} its own number (it sets the position in lists${field === 'navOrder' ? ' and the header' : ''})`);
    }
  }
  for (const doc of pages) {
    if (typeof doc.data.order !== 'number' || doc.locale !== locales[0]) continue;
    for (const other of locales.slice(1)) {
      const twin = byUrl.get(localeUrl(other, doc.route!));
      if (twin && typeof twin.data.order === 'number' && twin.data.order !== doc.data.order) {
        report.warn(twin.file, twin.fieldLines.order, 'order-mismatch', `order is ${twin.data.order} here but ${doc.data.order} in ${doc.file}`, 'use the same order in both languages so lists appear in the same sequence');
      }
    }
  }

  // Resources: one file per address.
  const resourceUrls = new Map<string, Doc>();
  for (const doc of docs) {
    if (doc.type.contentType !== 'data' || typeof doc.data.url !== 'string') continue;
    const key = doc.data.url.replace(/\/+$/, '');
    const first = resourceUrls.get(key);
    if (first) report.error(doc.file, doc.fieldLines.url, 'duplicate-url', `this address is already listed in ${first.file}`, 'keep one of the two resources (delete this file or the other)');
    else resourceUrls.set(key, doc);
  }

  // Case-study slugs (pillar "caseStudies", <CaseStudyCards slugs>).
  const caseStudyType = input.model.documentTypes.find((t) => t.name === 'CaseStudy');
  for (const doc of docs) {
    for (const ref of doc.caseStudyRefs) {
      const target = docs.find((d) => d.type === caseStudyType && d.locale === doc.locale && d.slug === ref.slug);
      if (!target) {
        const known = docs.filter((d) => d.type === caseStudyType && d.locale === doc.locale).map((d) => d.slug);
        const guess = closest(ref.slug, known);
        report.error(doc.file, ref.line, 'case-study-missing', `${ref.via} lists "${ref.slug}", but there is no case study ${input.displayDir}/${doc.locale}/case-studies/${ref.slug}.mdx`, guess ? `did you mean "${guess}"?` : `use one of: ${known.join(', ') || '(none yet)'}`);
      } else if (target.draft && !doc.draft) {
        report.warn(doc.file, ref.line, 'case-study-draft', `${ref.via} lists "${ref.slug}", which is a draft: the live site will leave it out`, `publish ${target.file} (draft: false) or remove it from the list`);
      }
    }
  }

  // Links and images.
  for (const doc of docs) checkLinks(report, doc, byUrl, input);
}

function checkLinks(report: Report, doc: Doc, byUrl: Map<string, Doc>, input: CheckInput) {
  const { locales } = input;
  const publicName = input.publicDirName ?? 'public';
  for (const link of doc.links) {
    const { href, line, via } = link;
    const what = link.image ? 'image' : 'link';
    if (link.image && link.alt !== undefined && link.alt.trim() === '') {
      report.warn(doc.file, line, 'image-alt', 'the image has no description (alt text)', link.via === 'image' ? 'write what it shows between the brackets: ![What the picture shows](…)' : 'add alt="what the picture shows"');
    }
    if (!href) {
      report.error(doc.file, line, 'link-missing', `empty ${what} address`, 'write the address between the parentheses: [text](/zh/resources) or (https://…)');
      continue;
    }
    if (/^(mailto|tel):/i.test(href)) continue;
    if (/^http:\/\//i.test(href)) {
      report.error(doc.file, line, 'not-https', `${what} is not https: ${href}`, `use ${href.replace(/^http:/i, 'https:')} (open it to make sure it works)`);
      continue;
    }
    if (/^https:\/\//i.test(href)) {
      // The site's Content-Security-Policy (next.config.js) only loads images from the site itself.
      if (link.image) report.error(doc.file, line, 'image-external', `image from another site: ${href} (the site only shows its own images)`, `download it into ${publicName}/ (e.g. ${publicName}/images/…) and write /images/…`);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
      report.error(doc.file, line, 'link-relative', `${what} address "${href}" is not a web address`, 'write a full https:// address or a path such as /zh/resources');
      continue;
    }
    const hashAt = href.indexOf('#');
    const pathPart = (hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?.*$/, '');
    const anchor = hashAt >= 0 ? decodeURIComponent(href.slice(hashAt + 1)) : '';
    if (pathPart === '') {
      if (anchor && !doc.headingIds.has(anchor)) {
        report.warn(doc.file, line, 'link-anchor', `${via} to #${anchor}: there is no such heading on this page`, headingHint(doc));
      }
      continue;
    }
    if (!pathPart.startsWith('/')) {
      const fixed = link.image ? `/${pathPart.replace(/^(\.\.?\/)+/, '').replace(/^public\//, '')}` : `/${doc.locale ?? locales[0]}/${pathPart.replace(/^(\.\.?\/)+/, '')}`;
      report.error(doc.file, line, 'link-relative', `${what} address "${href}" is relative`, link.image ? `write the path under ${publicName}/ starting with /, e.g. ${fixed}` : `write the full path starting with the language, e.g. ${fixed}`);
      continue;
    }
    const decoded = safeDecode(pathPart);
    if (link.image) {
      if (!input.publicFile(decoded)) {
        report.error(doc.file, line, 'image-missing', `the image ${decoded} does not exist: there is no ${publicName}${decoded}`, `put the file at ${publicName}${decoded}, or fix the path (paths start after ${publicName}/)`);
      }
      continue;
    }
    const clean = decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
    const [first, ...rest] = clean.split('/').filter(Boolean);
    if (first !== undefined && locales.includes(first)) {
      const route = '/' + rest.join('/');
      const target = byUrl.get(localeUrl(first, route));
      if (!target) {
        if (input.appRoutes && appServes(input.appRoutes, clean, locales, ['handler'])) continue;
        const known = [...byUrl.keys()].filter((u) => u.startsWith(`/${first}`));
        const guess = closest(clean, known);
        const expected = `${input.displayDir}/${first}/${route === '/' ? 'index' : route.slice(1)}.mdx`;
        report.error(doc.file, line, 'link-missing', `${via} to ${clean}: there is no such page (no ${expected})`, guess ? `did you mean ${guess}?` : `link to an existing page, or create ${expected}`);
        continue;
      }
      if (target.draft && !doc.draft) {
        report.error(doc.file, line, 'link-draft', `${via} to ${clean}, which is a draft: the live site has no such page`, `publish ${target.file} (draft: false) or remove the link`);
      }
      if (doc.locale && first !== doc.locale) {
        report.warn(doc.file, line, 'link-locale', `${via} from ${aLanguage(doc.locale)} page to the ${languageName(first)} page ${clean}`, `link to ${localeUrl(doc.locale, route)} instead (the header already switches languages)`);
      }
      if (anchor && !target.headingIds.has(anchor)) {
        report.warn(doc.file, line, 'link-anchor', `${via} to ${clean}#${anchor}: that page has no such heading`, headingHint(target));
      }
      continue;
    }
    if (input.publicFile(clean)) continue;
    if (input.appRoutes && appServes(input.appRoutes, clean, locales, ['handler'])) continue;
    const locale = doc.locale ?? locales[0];
    const candidate = byUrl.get(localeUrl(locale, clean));
    if (candidate) {
      report.warn(doc.file, line, 'link-locale', `${via} to ${clean} has no language`, `write ${localeUrl(locale, clean)}`);
    } else {
      report.error(doc.file, line, 'link-missing', `${via} to ${clean}: there is no such page or file`, `page links start with the language (/${locale}/…); files must exist under ${publicName}/`);
    }
  }
}

function headingHint(doc: Doc): string {
  const ids = [...doc.headingIds];
  return ids.length ? `use one of #${ids.slice(0, 8).join(', #')}${ids.length > 8 ? ', …' : ''}` : 'link to the page without #…';
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------
// UI strings: messages/{locale}/*.json must parse and have the same keys.

function checkMessages(report: Report, messages: NonNullable<CheckInput['messages']>, locales: string[]) {
  const keys = new Map<string, Map<string, { file: string; line: number }>>(); // "zh/common" → key → where
  for (const m of messages) {
    try {
      JSON.parse(m.text);
    } catch (error) {
      const pos = /position (\d+)/.exec(String((error as Error).message));
      const line = pos ? m.text.slice(0, Number(pos[1])).split('\n').length : undefined;
      report.error(m.file, line, 'messages-syntax', `not valid JSON: ${(error as Error).message.replace(/^JSON\.parse: /, '')}`, 'check the commas (none after the last entry), the double quotes around keys and texts, and the braces');
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(m.text, { lineCounter: counter });
    const found = new Map<string, { file: string; line: number }>();
    const walk = (node: unknown, prefix: string) => {
      if (!isMap(node)) return;
      for (const pair of node.items) {
        const key = `${prefix}${String(isScalar(pair.key) ? pair.key.value : pair.key)}`;
        if (isMap(pair.value)) walk(pair.value, `${key}.`);
        else found.set(key, { file: m.file, line: (pair.key as YamlNode)?.range ? counter.linePos((pair.key as YamlNode).range![0]).line : 1 });
      }
    };
    walk(doc.contents, '');
    keys.set(`${m.locale}/${m.name}`, found);
  }
  const names = new Set(messages.map((m) => m.name));
  for (const name of names) {
    for (const locale of locales) {
      const mine = keys.get(`${locale}/${name}`);
      if (!mine) {
        if (!messages.some((m) => m.locale === locale && m.name === name)) {
          const other = messages.find((m) => m.name === name)!;
          const missing = other.file.replace(/[^/]+\/[^/]+$/, `${locale}/${name}.json`);
          report.error(other.file, undefined, 'messages-missing', `there is no ${languageName(locale)} version of this file`, `create ${missing} with the same keys, translated`);
        }
        continue;
      }
      for (const otherLocale of locales) {
        if (otherLocale === locale) continue;
        const theirs = keys.get(`${otherLocale}/${name}`);
        if (!theirs) continue;
        const myFile = messages.find((m) => m.locale === locale && m.name === name)!.file;
        for (const [key, where] of theirs) {
          if (!mine.has(key)) report.error(myFile, undefined, 'messages-missing', `"${key}" is missing (${where.file}:${where.line} has it)`, `add it, translated, at the same place in ${myFile}`);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Reading a project from disk

export interface CheckDirOptions {
  /** The project root: paths in messages are relative to it. */
  root: string;
  /** makeSource() arguments from contentlayer.config.ts (see modelFromSource). */
  source: AnyRecord;
  /** Content directory; default: the config's contentDirPath. */
  contentDir?: string;
  /** Directory of static files; default <root>/public. */
  publicDir?: string;
  /** Route files; default <root>/app; null: skip the route check. */
  appDir?: string | null;
  /** UI strings; default <root>/messages; null: skip. */
  messagesDir?: string | null;
  routingFile?: string;
}

const CONTENT_EXTENSIONS = /\.(md|mdx|json|yaml|yml)$/;

function walkFiles(dir: string, base = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walkFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

export function readAppRoutes(appDir: string): AppRoute[] {
  const routes: AppRoute[] = [];
  const metadataFiles: Record<string, string> = { sitemap: 'sitemap.xml', robots: 'robots.txt', manifest: 'manifest.webmanifest' };
  for (const rel of walkFiles(appDir)) {
    const parts = rel.split('/');
    const name = parts.pop()!;
    const segments = parts.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
    const stem = name.replace(/\.(tsx?|jsx?|mdx)$/, '');
    if (stem === name) continue;
    if (stem === 'page') routes.push({ segments, kind: 'page' });
    else if (stem === 'route') routes.push({ segments, kind: 'handler' });
    else if (metadataFiles[stem]) routes.push({ segments: [...segments, metadataFiles[stem]], kind: 'handler' });
  }
  return routes;
}

export function checkContentDir(options: CheckDirOptions): { problems: Problem[]; fileCount: number } {
  const root = path.resolve(options.root);
  const model = modelFromSource(options.source);
  const contentDir = path.resolve(root, options.contentDir ?? model.contentDirPath);
  const publicDir = path.resolve(root, options.publicDir ?? 'public');
  const appDir = options.appDir === null ? null : path.resolve(root, options.appDir ?? 'app');
  const messagesDir = options.messagesDir === null ? null : path.resolve(root, options.messagesDir ?? 'messages');
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  const locales = parseLocales(fs.readFileSync(path.resolve(root, options.routingFile ?? 'i18n/routing.ts'), 'utf8'));
  const displayDir = rel(contentDir);

  if (!fs.existsSync(contentDir)) {
    return {
      problems: [{ severity: 'error', file: displayDir, rule: 'file-unknown', message: 'the content directory does not exist', fix: 'run the check from the project root, or pass --dir <content directory>' }],
      fileCount: 0,
    };
  }

  const excluded = model.contentDirExclude.map((p) => globToRegExp(p));
  const files: ContentFile[] = [];
  const extra: Problem[] = [];
  for (const file of walkFiles(contentDir)) {
    if (excluded.some((re) => re.test(file) || file.split('/').some((_, i, all) => re.test(all.slice(0, i + 1).join('/'))))) continue;
    if (CONTENT_EXTENSIONS.test(file)) files.push({ rel: file, text: fs.readFileSync(path.join(contentDir, file), 'utf8') });
    else if (!/^README/.test(file)) {
      extra.push({
        severity: 'warning',
        file: `${displayDir}/${file}`,
        rule: 'file-ignored',
        message: 'this file is ignored: only .mdx pages and .yaml resources are read',
        fix: /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(file) ? `images go under ${rel(publicDir)}/ (e.g. ${rel(publicDir)}/images/) and are written /images/…` : 'rename it to .mdx (a page) or .yaml (a resource), or remove it',
      });
    }
  }

  const messages: NonNullable<CheckInput['messages']> = [];
  if (messagesDir && fs.existsSync(messagesDir)) {
    for (const file of walkFiles(messagesDir)) {
      const [locale, name] = file.split('/');
      if (!name || !name.endsWith('.json') || !locales.includes(locale)) continue;
      messages.push({ file: rel(path.join(messagesDir, file)), locale, name: name.replace(/\.json$/, ''), text: fs.readFileSync(path.join(messagesDir, file), 'utf8') });
    }
  }

  const problems = checkContent({
    model,
    files,
    displayDir,
    componentNames: mdxComponentNames,
    locales,
    publicFile: (urlPath) => {
      const target = path.join(publicDir, urlPath);
      return target.startsWith(publicDir) && fs.existsSync(target) && fs.statSync(target).isFile();
    },
    publicDirName: rel(publicDir),
    appRoutes: appDir && fs.existsSync(appDir) ? readAppRoutes(appDir) : null,
    messages,
  });
  return { problems: sortProblems([...problems, ...extra]), fileCount: files.length + messages.length };
}
