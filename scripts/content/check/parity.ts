// Translation parity: a page and its translation say the same things. For
// each published page that exists in more than one language, the versions
// must have the same outbound links (URLs: in the MDX body and anywhere in the
// frontmatter, `sources` included), the same MDX components in the
// same order, the same numbers (in the text and the frontmatter; date fields
// aside) and the same number of headings.
//
// A deliberate difference is named in the frontmatter of either version:
//   parityExceptions:
//     - "https://www.bilibili.com/video/…"   # a link only the zh page has
//     - "2,000"                               # a number written out in words in zh
//     - "headings"                            # a different number of headings
//     - "components"                          # a different set or order of components
// Each entry excuses exactly that difference, and one that excuses nothing is
// reported (so exceptions cannot go stale). Drafts are exempt.
import type { Doc } from './document';
import type { CheckInput } from './input';
import type { Report } from './problems';
import { languageName, languageNameZh, localeUrl } from './text-helpers';

/** What the parity rule compares, collected while the file is read (mdx-body.ts, frontmatter lines). */
export interface ParityFacts {
  components: { name: string; line: number }[];
  headings: number[];
  /** Normalized number → the first line it appears on. */
  numbers: Map<string, number>;
  /** URL written anywhere in the frontmatter (sources, any URL-valued field) → its line. */
  frontmatterUrls: Map<string, number>;
}

export const emptyParityFacts = (): ParityFacts => ({ components: [], headings: [], numbers: new Map(), frontmatterUrls: new Map() });

/** The http(s) URLs a text contains (quotes and closing brackets are not part of them). */
export const urlsIn = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)].map((m) => m[0]);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*多?\s*(万|亿)|\s+(thousand|million|billion)\b)?/gi;
/** A month in a date ("February 2023", "May 12"): capitalized and next to a number, so that "may" the verb is not one. */
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?=\s+\d)/g;

/**
 * The numbers a text states, normalized so that translations compare equal:
 * thousands separators dropped ("5,500" → 5500), 万 and 亿 and
 * thousand/million/billion multiplied out ("60 多万" and "600,000" → 600000),
 * English month names as their numbers ("February" → 2, as in "2 月"). URLs
 * are left out (their digits are not statements).
 */
export function numbersIn(text: string): string[] {
  const plain = text.replace(/https?:\/\/\S+/g, ' ');
  const found: string[] = [];
  for (const m of plain.matchAll(MONTH)) found.push(String(MONTHS.indexOf(m[1].toLowerCase()) + 1));
  for (const m of plain.matchAll(NUMBER)) {
    const scale = SCALE[(m[2] ?? m[3] ?? '').toLowerCase()] ?? 1;
    found.push(String(Number(m[1].replace(/,/g, '')) * scale));
  }
  return found;
}

export function addNumbers(facts: ParityFacts, text: string, line: number) {
  for (const n of numbersIn(text)) if (!facts.numbers.has(n)) facts.numbers.set(n, line);
}

/**
 * The numbers and URLs of the frontmatter's text, line by line. Number and
 * date fields are left out of the numbers: orders have their own rule, and
 * when a file was edited is not a fact of the page; parityExceptions itself is
 * left out of both.
 */
export function addFrontmatterFacts(doc: Doc, yamlText: string, lineOffset: number) {
  if (!doc.parity) return;
  let skipping = false;
  let inExceptions = false;
  yamlText.split('\n').forEach((text, i) => {
    const key = /^([A-Za-z]\w*):/.exec(text)?.[1];
    if (key) inExceptions = key === 'parityExceptions';
    if (key) skipping = inExceptions || ['date', 'number', 'boolean'].includes(doc.type.fields[key]?.kind ?? '');
    const line = i + 1 + lineOffset;
    if (!skipping) addNumbers(doc.parity!, key ? text.slice(key.length + 1) : text, line);
    if (!inExceptions) for (const url of urlsIn(text)) if (!doc.parity!.frontmatterUrls.has(url)) doc.parity!.frontmatterUrls.set(url, line);
  });
}

type Exception = { value: string; line: number; doc: Doc; used: boolean };

function exceptionsOf(doc: Doc): Exception[] {
  const list = Array.isArray(doc.data.parityExceptions) ? doc.data.parityExceptions : [];
  return list.map((value: unknown, i: number) => ({
    value: String(value),
    line: doc.itemLines.parityExceptions?.[i] ?? doc.fieldLines.parityExceptions ?? 1,
    doc,
    used: false,
  }));
}

const FIX =
  'change one version so that both agree; if the difference is deliberate, name it under parityExceptions in the frontmatter (see content/guide/translate.md)';
const FIX_ZH = '修改其中一个版本，让两者一致；如果是有意不同，在 frontmatter 的 parityExceptions 里写明（见 content/guide/translate.md）';

/** Runs last: a pair where either file has another error is compared once those are fixed. */
export function checkParity(report: Report, pages: Doc[], byUrl: Map<string, Doc>, { locales }: CheckInput) {
  const [first, ...others] = locales;
  const broken = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const comparable = (doc?: Doc): doc is Doc => Boolean(doc && !doc.draft && doc.parity && !broken.has(doc.file));
  for (const doc of pages) {
    if (doc.locale !== first || !comparable(doc)) continue;
    for (const other of others) {
      const twin = byUrl.get(localeUrl(other, doc.route!));
      if (comparable(twin)) comparePair(report, doc, twin);
    }
  }
}

function comparePair(report: Report, a: Doc, b: Doc) {
  const exceptions = [...exceptionsOf(a), ...exceptionsOf(b)];
  const excused = (value: string) => {
    const hit = exceptions.filter((e) => e.value === value || (/\d/.test(e.value) && numbersIn(e.value).join() === value));
    hit.forEach((e) => (e.used = true));
    return hit.length > 0;
  };
  compareLinks(report, a, b, excused);
  compareNumbers(report, a, b, excused);
  compareComponents(report, a, b, excused);
  compareHeadings(report, a, b, excused);
  for (const e of exceptions.filter((x) => !x.used)) {
    const twin = e.doc === a ? b : a;
    report.warn(
      e.doc.file,
      e.line,
      'parity',
      `parityExceptions names "${e.value}", but ${e.doc.file} and ${twin.file} do not differ in it`,
      'remove the entry',
      { message: `parityExceptions 写了 "${e.value}"，但 ${e.doc.file} 和 ${twin.file} 在这一点上并无不同`, fix: '删掉这一项' },
    );
  }
}

const other = (doc: Doc) => languageName(doc.locale!);
const otherZh = (doc: Doc) => languageNameZh(doc.locale!);

function compareLinks(report: Report, a: Doc, b: Doc, excused: (v: string) => boolean) {
  const bodyLinks = (doc: Doc) => {
    const byHref = new Map<string, number>();
    for (const l of doc.links) if (/^https?:\/\//.test(l.href) && !byHref.has(l.href)) byHref.set(l.href, l.line);
    return byHref;
  };
  const all = (doc: Doc) => new Set([...bodyLinks(doc).keys(), ...doc.parity!.frontmatterUrls.keys()]);
  const [la, lb] = [all(a), all(b)];
  for (const [here, there, thereLinks] of [
    [a, b, lb],
    [b, a, la],
  ] as const) {
    for (const [href, line] of bodyLinks(here)) {
      if (thereLinks.has(href) || excused(href)) continue;
      report.error(here.file, line, 'parity', `links to ${href}, which the ${other(there)} version ${there.file} does not`, FIX, {
        message: `链接到 ${href}，而${otherZh(there)}版本 ${there.file} 没有`,
        fix: FIX_ZH,
      });
    }
    for (const [href, line] of here.parity!.frontmatterUrls) {
      if (thereLinks.has(href) || excused(href) || bodyLinks(here).has(href)) continue;
      const twin = twinUrlAt(here, there, line);
      const where = twin ? `; ${there.file}:${twin.line} has ${twin.url} there` : '';
      const whereZh = twin ? `；${there.file} 第 ${twin.line} 行在这里写的是 ${twin.url}` : '';
      report.error(
        here.file,
        line,
        'parity',
        `the frontmatter names ${href}, which the ${other(there)} version ${there.file} does not${where}`,
        `use the same URL in both files; ${FIX.split('; ')[1]}`,
        {
          message: `frontmatter 写了 ${href}，而${otherZh(there)}版本 ${there.file} 没有${whereZh}`,
          fix: `两个文件用同一个网址；${FIX_ZH.split('；')[1]}`,
        },
      );
    }
  }
}

/** The twin's URL in the same `sources` item as `line` (a changed source), if there is one. */
function twinUrlAt(here: Doc, there: Doc, line: number): { url: string; line: number } | undefined {
  const items = here.itemLines.sources ?? [];
  const index = items.findLastIndex((start) => start <= line);
  const sourcesLine = here.fieldLines.sources ?? Infinity;
  const nextField = Math.min(...Object.values(here.fieldLines).filter((l) => l > sourcesLine));
  if (index < 0 || line >= nextField) return undefined;
  const url = (there.data.sources as { url?: unknown }[] | undefined)?.[index]?.url;
  const start = there.itemLines.sources?.[index];
  if (typeof url !== 'string' || start === undefined) return undefined;
  return { url, line: there.parity!.frontmatterUrls.get(url) ?? start };
}

function compareNumbers(report: Report, a: Doc, b: Doc, excused: (v: string) => boolean) {
  for (const [here, there] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const [value, line] of here.parity!.numbers) {
      if (there.parity!.numbers.has(value) || excused(value)) continue;
      report.error(
        here.file,
        line,
        'parity',
        `states the number ${Number(value).toLocaleString('en-US')}, which the ${other(there)} version ${there.file} does not`,
        FIX,
        { message: `写了数字 ${Number(value).toLocaleString('en-US')}，而${otherZh(there)}版本 ${there.file} 没有`, fix: FIX_ZH },
      );
    }
  }
}

function compareComponents(report: Report, a: Doc, b: Doc, excused: (v: string) => boolean) {
  const [ca, cb] = [a.parity!.components, b.parity!.components];
  const i = ca.findIndex((c, k) => cb[k]?.name !== c.name);
  const at = i >= 0 ? i : ca.length < cb.length ? ca.length : -1;
  if (at < 0 || excused('components')) return;
  const describe = (doc: Doc, k: number) => {
    const c = doc.parity!.components[k];
    return c ? `<${c.name}> (line ${c.line})` : 'no further component';
  };
  const describeZh = (doc: Doc, k: number) => {
    const c = doc.parity!.components[k];
    return c ? `<${c.name}>（第 ${c.line} 行）` : '没有更多组件';
  };
  const line = ca[at]?.line ?? cb[at]?.line;
  report.error(
    a.file,
    ca[at]?.line ?? line,
    'parity',
    `component ${at + 1} is ${describe(a, at)} here but ${describe(b, at)} in ${b.file}`,
    `use the same components in the same order in both versions; ${FIX.split('; ')[1]}`,
    {
      message: `第 ${at + 1} 个组件在这里是 ${describeZh(a, at)}，在 ${b.file} 里是 ${describeZh(b, at)}`,
      fix: `两个版本使用相同的组件、相同的顺序；${FIX_ZH.split('；')[1]}`,
    },
  );
}

function compareHeadings(report: Report, a: Doc, b: Doc, excused: (v: string) => boolean) {
  const [ha, hb] = [a.parity!.headings, b.parity!.headings];
  if (ha.length === hb.length || excused('headings')) return;
  const [more, fewer] = ha.length > hb.length ? [a, b] : [b, a];
  const extra = more.parity!.headings[fewer.parity!.headings.length];
  report.error(
    more.file,
    extra,
    'parity',
    `has ${more.parity!.headings.length} headings, the ${other(fewer)} version ${fewer.file} has ${fewer.parity!.headings.length} (line ${extra} is the first one more)`,
    `give both versions the same sections; ${FIX.split('; ')[1]}`,
    {
      message: `有 ${more.parity!.headings.length} 个标题，${otherZh(fewer)}版本 ${fewer.file} 有 ${fewer.parity!.headings.length} 个（第 ${extra} 行是多出的第一个）`,
      fix: `让两个版本有相同的小节；${FIX_ZH.split('；')[1]}`,
    },
  );
}
