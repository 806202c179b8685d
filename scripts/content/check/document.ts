// A content file as a document of the model: which type it is, its language,
// slug and route (all from its path), and what the later steps collect on it.
// Files the site does not know, or with a bad name, are reported here.
import path from 'node:path';
import { contentPath, flattenedPath } from '../../../lib/content-path';
import type { CheckInput } from './input';
import type { AnyRecord, ContentModel, DocTypeSpec } from './model';
import { emptyParityFacts, type ParityFacts } from './parity';
import type { Report } from './problems';
import { globToRegExp, isValidSlug } from './text-helpers';

export interface LinkRef {
  href: string;
  line: number;
  /** A link or an image. */
  image: boolean;
  alt?: string;
  /** Where it was written, for the message: a markdown link, <LinkCard href> … */
  via: string;
  /** hrefLang= written beside href= on a JSX element: a link to the other language on purpose. */
  hrefLang?: string;
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
  /** url: and href: values of the frontmatter (or a resource's YAML), with their lines. */
  fieldUrls: { value: string; line: number; label: string }[];
  caseStudyRefs: { slug: string; line: number; via: string }[];
  /** Text that stands on its own (table of contents, search, the Markdown twin): headings and <Figure caption>s. */
  standalone: { kind: 'heading' | 'caption'; text: string; line: number }[];
  /** Pages only: what translation parity compares (parity.ts). */
  parity?: ParityFacts;
  /** The file name is a valid URL segment. */
  validName: boolean;
}

export type TypePattern = { type: DocTypeSpec; re: RegExp };

export const typePatterns = (model: ContentModel): TypePattern[] =>
  model.documentTypes.map((t) => ({ type: t, re: globToRegExp(t.filePathPattern) }));

/** The document the file at `rel` is; undefined (and reported) when the site does not know the file. */
export function documentOf(report: Report, input: CheckInput, patterns: TypePattern[], rel: string): Doc | undefined {
  const file = input.displayDir ? `${input.displayDir}/${rel}` : rel;
  const type = patterns.find((p) => p.re.test(rel))?.type;
  if (!type) {
    reportUnknownFile(report, input, file, rel);
    return undefined;
  }
  const segments = flattenedPath(rel).split('/');
  const page = contentPath(flattenedPath(rel));
  const isData = type.contentType === 'data';
  if (!isData && !input.locales.includes(segments[0])) {
    report.error(
      file,
      undefined,
      'file-unknown',
      `"${segments[0]}" is not a language folder`,
      `pages live under ${input.locales.map((l) => `${input.displayDir}/${l}/`).join(' or ')}`,
      {
        message: `“${segments[0]}”不是语言文件夹`,
        fix: `页面应放在 ${input.locales.map((l) => `${input.displayDir}/${l}/`).join(' 或 ')} 下`,
      },
    );
    return undefined;
  }
  const baseName = path.posix.basename(rel).replace(/\.[^.]+$/, '');
  const validName = (baseName === 'index' && segments.length === 1) || isValidSlug(baseName);
  if (!validName) reportFileName(report, file, rel, baseName);
  return {
    file,
    rel,
    type,
    data: {},
    fieldLines: {},
    itemLines: {},
    locale: isData ? undefined : page.locale,
    slug: isData ? baseName : page.slug,
    route: isData ? undefined : page.route,
    draft: false,
    headingIds: new Set(),
    links: [],
    fieldUrls: [],
    caseStudyRefs: [],
    standalone: [],
    parity: isData ? undefined : emptyParityFacts(),
    validName,
  };
}

function reportUnknownFile(report: Report, input: CheckInput, file: string, rel: string) {
  const ext = extension(rel);
  const humane = (t: DocTypeSpec) =>
    t.filePathPattern
      .split('/')
      .map((seg, i) => (seg === '*' && i === 0 && t.contentType !== 'data' ? `{${input.locales.join(',')}}` : seg.replace(/\*/g, '<name>')))
      .join('/');
  const where = input.model.documentTypes.map((t) => `${input.displayDir}/${humane(t)}`).join(', ');
  let fix = `pages and resources live at ${where}`;
  let zhFix = `页面和资源应放在：${where}`;
  const renamed = ext === 'md' ? `${path.posix.basename(rel, '.md')}.mdx` : ext === 'yml' ? `${path.posix.basename(rel, '.yml')}.yaml` : '';
  if (renamed) [fix, zhFix] = [`rename it to ${renamed}`, `把它改名为 ${renamed}`];
  report.error(file, undefined, 'file-unknown', 'this file is not a page or resource the site knows', fix, {
    message: '网站不认识这个文件：它既不是页面也不是资源',
    fix: zhFix,
  });
}

function reportFileName(report: Report, file: string, rel: string, baseName: string) {
  const better =
    baseName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-page';
  report.error(
    file,
    undefined,
    'file-name',
    `the file name "${path.posix.basename(rel)}" is not a valid URL segment`,
    `use lowercase letters, digits and hyphens only, e.g. ${better}.${extension(rel)}`,
    {
      message: `文件名“${path.posix.basename(rel)}”不能用作网址的一段`,
      fix: `只用小写字母、数字和连字符，例如 ${better}.${extension(rel)}`,
    },
  );
}

const extension = (rel: string) => rel.split('.').pop() ?? '';
