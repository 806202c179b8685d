// Attribution: a fact seen only in a third-party summary names that summary
// wherever it is shown (the footer promises it). Every key number and proof
// item cites one of the case study's sources by id (`source:`), and the site
// derives the attribution shown from it; a hand-typed attribution
// (outcomeAttribution, …) must name the publisher of a source marked
// `summary: true`. A figure a key number takes from a summary must be
// attributed everywhere it appears: outcome, description, deployment and the
// home page's proof strip.
import type { Doc } from './document';
import type { AnyRecord } from './model';
import type { Report } from './problems';

/** Case-study text fields that can show a fact, with the field holding their attribution. */
const ATTRIBUTED_FIELDS = [
  { field: 'outcome', attribution: 'outcomeAttribution' },
  { field: 'deployment', attribution: 'deploymentAttribution' },
  { field: 'scale', attribution: 'scaleAttribution' },
  { field: 'before', attribution: 'beforeAttribution' },
  { field: 'description', attribution: undefined }, // write the attribution into the sentence
] as const;

/** A key number taken from a summary: its value and the summary's publisher. */
type Figure = { value: string; attribution: string; source: string; publisher: string; study: Doc };

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const mentions = (text: string, name: string) => norm(text).includes(norm(name));

/** Publishers of the sources marked `summary: true`. */
function summaryPublishers(study: Doc): string[] {
  const sources: AnyRecord[] = Array.isArray(study.data.sources) ? study.data.sources : [];
  return sources.filter((s) => s?.summary === true && typeof s.publisher === 'string').map((s) => s.publisher as string);
}

type Source = { id?: string; publisher?: string; summary?: boolean };
const sourcesOf = (study: Doc): Source[] => (Array.isArray(study.data.sources) ? study.data.sources : []);
const citedBy = (study: Doc, id: unknown) => (typeof id === 'string' ? sourcesOf(study).find((s) => s?.id === id) : undefined);
/** What the page shows under a figure from a summary, as the guide writes it. */
const viaSummary = (publisher: string, locale?: string) =>
  locale === 'zh' ? `据 ${publisher} 的摘要` : `via ${publisher}${/s$/i.test(publisher) ? "'" : "'s"} summary`;

/** Key numbers that cite a summary: summary-sourced figures. */
function attributedFigures(study: Doc): Figure[] {
  const numbers: AnyRecord[] = Array.isArray(study.data.keyNumbers) ? study.data.keyNumbers : [];
  return numbers.flatMap((n) => {
    const source = citedBy(study, n?.source);
    if (typeof n?.value !== 'string' || n.value.trim() === '' || !source?.summary || !source.publisher) return [];
    return [{ value: n.value, attribution: viaSummary(source.publisher, study.locale), source: n.source as string, publisher: source.publisher, study }];
  });
}

export function checkAttribution(report: Report, docs: Doc[]) {
  const studies = docs.filter((d) => d.type.name === 'CaseStudy');
  for (const study of studies) checkCaseStudy(report, study);
  for (const page of docs.filter((d) => d.type.name === 'Page' && Array.isArray(d.data.proof))) checkProof(report, page, studies);
  const figures = studies.flatMap(attributedFigures);
  for (const doc of docs) checkStandalone(report, doc, figures.filter((f) => f.study.locale === doc.locale));
}

/**
 * A heading or a figure caption is read on its own (table of contents, search
 * results, the Markdown twin): a summary-sourced figure in it names the
 * summary in the same heading or caption, not only in the paragraph below.
 */
function checkStandalone(report: Report, doc: Doc, figures: Figure[]) {
  for (const { kind, text, line } of doc.standalone ?? []) {
    const figure = figures.find((f) => mentions(text, f.value) && !mentions(text, f.publisher));
    if (!figure) continue;
    const taken = takenBy(figure.study, doc);
    report.error(
      doc.file,
      line,
      'attribution-missing',
      `the ${kind} "${text}" states "${figure.value}", which ${taken.en} from ${figure.publisher}'s summary, without saying so; a ${kind} is read on its own (${kind === 'heading' ? 'table of contents, ' : ''}search results, the Markdown twin)`,
      kind === 'heading'
        ? `take the figure out of the heading and keep it in the attributed text below, or name the summary in the heading (e.g. "… (per ${figure.publisher})" / "…（据 ${figure.publisher} 的摘要）")`
        : `name the summary in the caption, e.g. "… (per ${figure.publisher}'s summary)" / "…（据 ${figure.publisher} 的摘要）"`,
      {
        message: `${kind === 'heading' ? '标题' : '图注'}“${text}”写了“${figure.value}”，${taken.zh}取自 ${figure.publisher} 的摘要，这里却没有注明；${kind === 'heading' ? '标题' : '图注'}会被单独阅读（${kind === 'heading' ? '目录、' : ''}搜索结果、Markdown 版本）`,
        fix:
          kind === 'heading'
            ? `把数字从标题里拿掉、留在下面注明了出处的正文里，或在标题里写明摘要（例如“…（据 ${figure.publisher} 的摘要）”/ "… (per ${figure.publisher})"）`
            : `在图注里写明摘要，例如“…（据 ${figure.publisher} 的摘要）”/ "… (per ${figure.publisher}'s summary)"`,
      },
    );
  }
}

/** Who takes the figure from a summary: this page's key numbers, or another case study's. */
function takenBy(study: Doc, doc: Doc) {
  return study === doc
    ? { en: 'the key numbers take', zh: '关键数字表明它' }
    : { en: `the key numbers of ${study.file} take`, zh: `${study.file} 的关键数字表明它` };
}

function checkCaseStudy(report: Report, study: Doc) {
  const publishers = summaryPublishers(study);
  const figures = attributedFigures(study);
  const numbers: AnyRecord[] = Array.isArray(study.data.keyNumbers) ? study.data.keyNumbers : [];
  numbers.forEach((n, i) => {
    const line = study.itemLines.keyNumbers?.[i] ?? study.fieldLines.keyNumbers;
    checkCitation(report, study, line, `keyNumbers item ${i + 1}`, n?.source, study);
  });
  for (const { field, attribution } of ATTRIBUTED_FIELDS) {
    const text = study.data[field];
    if (typeof text !== 'string') continue;
    const given = attribution ? study.data[attribution] : undefined;
    if (typeof given === 'string') checkNamesSummary(report, study, study.fieldLines[attribution!], attribution!, given, publishers);
    else if (!publishers.some((p) => mentions(text, p)))
      reportUnattributed(report, study, study.fieldLines[field], field, text, figures, attribution);
  }
  for (const field of ['rayLibrariesAttribution', 'workloadsAttribution'])
    if (typeof study.data[field] === 'string')
      checkNamesSummary(report, study, study.fieldLines[field], field, study.data[field], publishers);
}

/**
 * `source:` of a key number or proof item names one of the case study's
 * sources, and that source has a publisher (the attribution is made from it).
 * A missing `source:` is reported by the field rule (it is required).
 */
function checkCitation(report: Report, doc: Doc, line: number | undefined, where: string, id: unknown, study: Doc) {
  if (typeof id !== 'string' || id.trim() === '') return;
  const ids = sourcesOf(study)
    .map((s) => s?.id)
    .filter((x): x is string => typeof x === 'string');
  const source = citedBy(study, id);
  const inStudy = study === doc ? '' : ` of ${study.file}`;
  const inStudyZh = study === doc ? '' : ` ${study.file} 的`;
  if (!source) {
    report.error(
      doc.file,
      line,
      'source-unknown',
      `${where}: source "${id}" is not the id of any of the sources${inStudy}${ids.length ? ` (${ids.join(', ')})` : ''}`,
      ids.length
        ? `write one of ${ids.join(', ')}, or give the source it comes from an id: (e.g. id: "${id}")`
        : `give the source the figure comes from an id: (e.g. id: "${id}") and cite it here`,
      {
        message: `${where}：source “${id}”不是${inStudyZh}任何来源的 id${ids.length ? `（${ids.join('、')}）` : ''}`,
        fix: ids.length
          ? `改为 ${ids.join('、')} 之一，或给这个数字出自的来源加上 id:（例如 id: "${id}"）`
          : `给这个数字出自的来源加上 id:（例如 id: "${id}"），再在这里引用它`,
      },
    );
  } else if (typeof source.publisher !== 'string' || source.publisher.trim() === '') {
    report.error(
      doc.file,
      line,
      'source-unknown',
      `${where}: source "${id}"${inStudy} has no publisher, so the page cannot say where the figure comes from`,
      `add publisher: to that source (e.g. publisher: "ZenML")`,
      {
        message: `${where}：${inStudyZh}来源“${id}”没有 publisher，页面无法写明数字出自哪里`,
        fix: '给该来源加上 publisher:（例如 publisher: "ZenML"）',
      },
    );
  }
}

/**
 * The home page's proof items cite a source of their case study; a figure the
 * case study takes from a summary must cite that summary here too.
 */
function checkProof(report: Report, page: Doc, studies: Doc[]) {
  (page.data.proof as AnyRecord[]).forEach((point, i) => {
    const study = studies.find((s) => s.locale === page.locale && s.slug === point?.caseStudy);
    if (!study || typeof point.value !== 'string') return; // a missing slug is reported by the case-study rule
    const line = page.itemLines.proof?.[i] ?? page.fieldLines.proof;
    const where = `proof item ${i + 1}`;
    checkCitation(report, page, line, where, point.source, study);
    if (citedBy(study, point.source)?.summary) return;
    reportUnattributed(report, page, line, where, `${point.value} ${point.label ?? ''}`, attributedFigures(study), 'source', study);
  });
}

function checkNamesSummary(
  report: Report,
  doc: Doc,
  line: number | undefined,
  where: string,
  text: string,
  publishers: string[],
  study = doc,
) {
  if (publishers.some((p) => mentions(text, p))) return;
  report.error(
    doc.file,
    line,
    'attribution-unknown',
    publishers.length === 0
      ? `${where}: the attribution "${text}" names a summary, but ${study === doc ? 'the page' : study.file} has no source marked summary: true`
      : `${where}: the attribution "${text}" names none of the summaries in ${study === doc ? 'sources' : `${study.file}'s sources`} (${publishers.join(', ')})`,
    'name the summary\'s publisher as in its source (e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"), or mark that source summary: true',
    {
      message:
        publishers.length === 0
          ? `${where}：出处“${text}”指向一份摘要，但${study === doc ? '本页' : ` ${study.file} `}的 sources 里没有标记 summary: true 的来源`
          : `${where}：出处“${text}”没有提到${study === doc ? ' sources ' : ` ${study.file} 的 sources `}中的任何一份摘要（${publishers.join('、')}）`,
      fix: '按来源中的写法写出摘要的发布者（例如“据 ZenML 的摘要”/ "via ZenML\'s summary"），或把该来源标记为 summary: true',
    },
  );
}

function reportUnattributed(
  report: Report,
  doc: Doc,
  line: number | undefined,
  where: string,
  text: string,
  figures: Figure[],
  attributionField: string | undefined,
  study = doc,
) {
  const figure = figures.find((f) => mentions(text, f.value));
  if (!figure) return;
  report.error(
    doc.file,
    line,
    'attribution-missing',
    `${where} shows "${figure.value}", which ${study === doc ? 'the key numbers attribute' : `${study.file} attributes`} to a summary ("${figure.attribution}"), without that attribution`,
    attributionField === 'source'
      ? `cite the same summary as the key number: source: "${figure.source}"`
      : attributionField
      ? `add ${attributionField}: "${figure.attribution}" next to it`
      : `name the summary in the sentence (e.g. "…, per ZenML" / "…（据 ZenML 的摘要）"), or leave the figure out`,
    {
      message: `${where} 显示了“${figure.value}”，${study === doc ? '关键数字' : ` ${study.file} `}把它归于一份摘要（“${figure.attribution}”），这里却没有写出处`,
      fix: attributionField === 'source'
        ? `引用与关键数字相同的摘要：source: "${figure.source}"`
        : attributionField
        ? `在旁边加上 ${attributionField}: "${figure.attribution}"`
        : '在句中写明摘要（例如“…（据 ZenML 的摘要）”/ "…, per ZenML"），或去掉这个数字',
    },
  );
}
