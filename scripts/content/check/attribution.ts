// Attribution: a fact seen only in a third-party summary names that summary
// wherever it is shown (the footer promises it). A case study marks such a
// fact by giving it an attribution (keyNumbers[].attribution,
// outcomeAttribution, …); an attribution must name the publisher of one of the
// page's sources marked `summary: true`. A figure attributed once must be
// attributed everywhere it appears: outcome, description, deployment, the
// facts panel and the home page's proof strip.
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

type Figure = { value: string; attribution: string };

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const mentions = (text: string, name: string) => norm(text).includes(norm(name));

/** Publishers of the sources marked `summary: true`. */
function summaryPublishers(study: Doc): string[] {
  const sources: AnyRecord[] = Array.isArray(study.data.sources) ? study.data.sources : [];
  return sources.filter((s) => s?.summary === true && typeof s.publisher === 'string').map((s) => s.publisher as string);
}

/** Key numbers that carry an attribution: summary-sourced figures. */
function attributedFigures(study: Doc): Figure[] {
  const numbers: AnyRecord[] = Array.isArray(study.data.keyNumbers) ? study.data.keyNumbers : [];
  return numbers
    .filter((n) => typeof n?.value === 'string' && typeof n.attribution === 'string' && n.value.trim() !== '')
    .map((n) => ({ value: n.value, attribution: n.attribution }));
}

export function checkAttribution(report: Report, docs: Doc[]) {
  const studies = docs.filter((d) => d.type.name === 'CaseStudy');
  for (const study of studies) checkCaseStudy(report, study);
  for (const page of docs.filter((d) => d.type.name === 'Page' && Array.isArray(d.data.proof))) checkProof(report, page, studies);
}

function checkCaseStudy(report: Report, study: Doc) {
  const publishers = summaryPublishers(study);
  const figures = attributedFigures(study);
  const numbers: AnyRecord[] = Array.isArray(study.data.keyNumbers) ? study.data.keyNumbers : [];
  numbers.forEach((n, i) => {
    const line = study.itemLines.keyNumbers?.[i] ?? study.fieldLines.keyNumbers;
    if (typeof n?.attribution === 'string') checkNamesSummary(report, study, line, `keyNumbers item ${i + 1}`, n.attribution, publishers);
    else if (typeof n?.value === 'string')
      reportUnattributed(report, study, line, `keyNumbers item ${i + 1}`, n.value, figures, 'attribution');
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

/** The home page's proof items: a figure the case study attributes keeps its attribution here. */
function checkProof(report: Report, page: Doc, studies: Doc[]) {
  (page.data.proof as AnyRecord[]).forEach((point, i) => {
    const study = studies.find((s) => s.locale === page.locale && s.slug === point?.caseStudy);
    if (!study || typeof point.value !== 'string') return; // a missing slug is reported by the case-study rule
    const line = page.itemLines.proof?.[i] ?? page.fieldLines.proof;
    const where = `proof item ${i + 1}`;
    if (typeof point.attribution === 'string')
      checkNamesSummary(report, page, line, where, point.attribution, summaryPublishers(study), study);
    else
      reportUnattributed(report, page, line, where, `${point.value} ${point.label ?? ''}`, attributedFigures(study), 'attribution', study);
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
    attributionField
      ? `add ${attributionField}: "${figure.attribution}" next to it`
      : `name the summary in the sentence (e.g. "…, per ZenML" / "…（据 ZenML 的摘要）"), or leave the figure out`,
    {
      message: `${where} 显示了“${figure.value}”，${study === doc ? '关键数字' : ` ${study.file} `}把它归于一份摘要（“${figure.attribution}”），这里却没有写出处`,
      fix: attributionField
        ? `在旁边加上 ${attributionField}: "${figure.attribution}"`
        : '在句中写明摘要（例如“…（据 ZenML 的摘要）”/ "…, per ZenML"），或去掉这个数字',
    },
  );
}
