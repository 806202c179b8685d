// Case-study rules of issue 33: workloads from the one vocabulary
// (lib/case-studies/workloads.ts), the note box at the top and the "What it
// took" section in both languages, a home-page proof item that is a result on
// Ray, not context, and pillars and case studies that agree on which story
// shows which pillar.
import { isWorkload, suggestWorkload, workloadIds, workloadWithLabel } from '../../../lib/case-studies/workloads';
import { NOTE_BOX_START, whatItTookHeading } from '../../../lib/case-studies/sections';
import type { Doc } from './document';
import type { AnyRecord } from './model';
import type { Report } from './problems';
import { localeUrl } from './text-helpers';

const isCaseStudy = (doc: Doc) => doc.type.name === 'CaseStudy';

/** Every `workloads` item is an id of the vocabulary; a near miss gets a "did you mean". */
export function checkWorkloads(report: Report, doc: Doc) {
  if (!isCaseStudy(doc) || !Array.isArray(doc.data.workloads)) return;
  const listEn = workloadIds.map((id) => workloadWithLabel(id, 'en')).join(', ');
  const listZh = workloadIds.map((id) => workloadWithLabel(id, 'zh')).join('、');
  (doc.data.workloads as unknown[]).forEach((value, i) => {
    if (isWorkload(value)) return;
    const line = doc.itemLines.workloads?.[i] ?? doc.fieldLines.workloads;
    const guess = typeof value === 'string' ? suggestWorkload(value) : undefined;
    report.error(
      doc.file,
      line,
      'workload-unknown',
      `"workloads" item ${i + 1} is "${String(value)}", which is not a workload the site knows`,
      `${guess ? `did you mean ${guess}? ` : ''}write one of: ${listEn}`,
      {
        message: `"workloads" 第 ${i + 1} 项是“${String(value)}”，不是网站认识的工作负载`,
        fix: `${guess ? `你是不是想写 ${guess}？` : ''}请写其中之一：${listZh}`,
      },
    );
  });
}

/** The body opens with the note box and has the "What it took" section (## heading), in the page's language. */
export function checkCaseStudySections(report: Report, doc: Doc, text: string) {
  if (!isCaseStudy(doc) || (doc.locale !== 'en' && doc.locale !== 'zh')) return;
  const body = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '');
  const heading = whatItTookHeading[doc.locale];
  if (!new RegExp(`^##\\s+${heading}\\s*$`, 'm').test(body))
    report.error(
      doc.file,
      undefined,
      'section-missing',
      `the case study has no "## ${heading}" section`,
      `add "## ${heading}" before "Pillars in action": the effort, the trade-offs and what stayed as it was, as the sources report them`,
      {
        message: `案例研究缺少“## ${heading}”一节`,
        fix: `加上“## ${heading}”一节（放在讲支柱的一节之前）：按来源的说法写出投入、取舍和没有改变的部分`,
      },
    );
  const firstBlock = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (!firstBlock.startsWith(NOTE_BOX_START)) {
    const example = doc.locale === 'zh' ? '<Callout kind="note">本案例研究按其来源描述 2022 年时的平台。</Callout>' : '<Callout kind="note">This case study describes the platform as its sources did in 2022.</Callout>';
    report.error(
      doc.file,
      undefined,
      'section-missing',
      'the case study does not open with the note box that gives the years of its sources',
      `start the text with a one-line note, e.g. ${example}`,
      { message: '案例研究开头缺少注明来源年份的提示框', fix: `正文以一行提示开头，例如 ${example}` },
    );
  }
}

/** A home-page proof item must match a key number of kind "result" in its case study. */
export function checkProofResults(report: Report, docs: Doc[]) {
  const studies = docs.filter(isCaseStudy);
  for (const page of docs.filter((d) => d.type.name === 'Page' && Array.isArray(d.data.proof))) {
    (page.data.proof as AnyRecord[]).forEach((point, i) => {
      const study = studies.find((s) => s.locale === page.locale && s.slug === point?.caseStudy);
      if (!study || typeof point.value !== 'string') return; // a missing slug has its own rule
      const numbers: AnyRecord[] = Array.isArray(study.data.keyNumbers) ? study.data.keyNumbers : [];
      const match = numbers.find((n) => n?.value === point.value);
      if (match?.kind === 'result') return;
      const why = match ? `marks kind: ${String(match.kind)}` : 'does not list among its key numbers';
      const whyZh = match ? `在那里标记为 kind: ${String(match.kind)}` : '不是它的关键数字之一';
      report.error(
        page.file,
        page.itemLines.proof?.[i] ?? page.fieldLines.proof,
        'proof-not-result',
        `proof item ${i + 1} shows "${point.value}", which ${study.file} ${why}: the proof strip holds results on Ray only`,
        `use a key number of ${study.file} with kind: result, value written the same`,
        {
          message: `proof 第 ${i + 1} 项显示“${point.value}”，它${whyZh}（${study.file}）：成果条只放 Ray 带来的成果`,
          fix: `改用 ${study.file} 中 kind: result 的关键数字，value 写法保持一致`,
        },
      );
    });
  }
}

/**
 * A pillar page shows the case studies its `caseStudies` lists; a case study
 * links the pillars it shows (its "Pillars it shows" section). The two must
 * agree, or the story claims a pillar whose page leaves it out: a link to a
 * pillar that does not list the story is an error, a pillar that lists a
 * story that never links it a warning. Drafts are left alone: a story from
 * `npm run new` links every pillar until its author keeps the right ones.
 */
export function checkPillarLinks(report: Report, docs: Doc[]) {
  const pillars = docs.filter((d) => d.type.name === 'Pillar' && d.locale && d.route);
  for (const study of docs.filter(isCaseStudy)) {
    if (!study.slug || !study.locale || study.draft) continue;
    const slug = study.slug;
    for (const pillar of pillars.filter((p) => p.locale === study.locale && !p.draft)) {
      const url = localeUrl(pillar.locale!, pillar.route!);
      const link = study.links.find((l) => !l.image && l.href.split('#')[0] === url);
      const ref = pillar.caseStudyRefs.find((r) => r.slug === slug && r.via === '"caseStudies"');
      if (link && !ref)
        report.error(
          study.file,
          link.line,
          'pillar-mismatch',
          `links the pillar page ${url}, but ${pillar.file} does not list "${slug}" in caseStudies: that page does not show this story`,
          `add "${slug}" to caseStudies in ${pillar.file}, or drop the link if the story does not show that pillar`,
          {
            message: `链接了支柱页面 ${url}，但 ${pillar.file} 的 caseStudies 没有列出 "${slug}"：那个页面不会展示这个案例`,
            fix: `在 ${pillar.file} 的 caseStudies 里加上 "${slug}"；如果案例并不体现这个支柱，就删掉这个链接`,
          },
        );
      else if (ref && !link)
        report.warn(
          pillar.file,
          ref.line,
          'pillar-mismatch',
          `lists "${slug}" in caseStudies, but ${study.file} never links this pillar (${url})`,
          `add a line for ${url} to the case study's pillars section, saying how the story shows it; or remove "${slug}" here`,
          {
            message: `caseStudies 列出了 "${slug}"，但 ${study.file} 没有链接这个支柱（${url}）`,
            fix: `在案例讲支柱的一节加一行 ${url}，说明案例如何体现它；或者从这里删掉 "${slug}"`,
          },
        );
    }
  }
}
