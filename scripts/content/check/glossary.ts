// The site's terminology: one zh and one en term per recurring concept. The
// authoring guide (content/guide/style.md, "Site terms") prints the same list; a unit
// test keeps the two in step. Where a variant is cheap to spot, content:check
// warns on it and names the listed term.
import type { Doc } from './document';
import type { Report } from './problems';

export interface GlossaryTerm {
  concept: string;
  zh: string;
  en: string;
  /** Variants to warn on, per language, with what to write instead when it differs from the term. */
  avoid?: { zh?: RegExp[]; en?: RegExp[] };
}

export const glossary: GlossaryTerm[] = [
  { concept: 'case study (a page of the site)', zh: '案例研究', en: 'case study' },
  { concept: "a case study's facts panel", zh: '要点速览', en: 'Key facts', avoid: { zh: [/概览/], en: [/\bAt a glance\b/i] } },
  { concept: 'panel discussion (a resource kind)', zh: '圆桌讨论', en: 'panel', avoid: { zh: [/座谈/] } },
  { concept: 'scalable (ML at scale)', zh: '可伸缩', en: 'scalable', avoid: { zh: [/可扩展(?:的)?\s*ML/] } },
  { concept: 'extensible (pillar 3)', zh: '可扩展', en: 'extensible' },
  { concept: "Ray's AI libraries (once called Ray AIR)", zh: 'Ray 的 AI 库', en: "Ray's AI libraries" },
  { concept: 'the Ray ecosystem', zh: 'Ray 生态系统', en: 'Ray ecosystem', avoid: { zh: [/Ray\s*生态(?!系统)/] } },
  { concept: 'research scientists', zh: '研究科学家', en: 'research scientists', avoid: { zh: [/研究人员/] } },
  { concept: 'feature store', zh: '特征存储', en: 'feature store', avoid: { zh: [/特征(?:库|仓库|商店)/] } },
  { concept: 'fully open-source stack', zh: '全开源技术栈', en: 'fully open-source', avoid: { en: [/\ball open-source\b/i] } },
  { concept: 'AI-assisted summary', zh: 'AI 辅助摘要', en: 'AI-assisted summary', avoid: { zh: [/AI\s*生成的?摘要/] } },
  { concept: 'archived (a resource kept for the record)', zh: '已归档', en: 'archived' },
  { concept: 'home page', zh: '首页', en: 'home page' },
];

/** Link targets and addresses are not prose: leave them out of the search. */
const prose = (line: string) => line.replace(/\]\([^)]*\)/g, ']').replace(/\b(?:url|href):?\s*=?\s*"[^"]*"/g, '');

/** Warns on each listed variant, once per line, naming the term to use. */
export function checkGlossary(report: Report, doc: Doc, text: string) {
  let language = doc.locale; // resources: the zh: and en: lines say it
  text.split(/\r?\n/).forEach((raw, i) => {
    const key = /^\s*(zh|en):/.exec(raw)?.[1];
    if (!doc.locale) language = key;
    if (language !== 'zh' && language !== 'en') return;
    const line = prose(raw);
    for (const term of glossary) {
      const variant = term.avoid?.[language]?.find((re) => re.test(line));
      if (!variant) continue;
      const found = variant.exec(line)![0];
      report.warn(
        doc.file,
        i + 1,
        'glossary',
        `"${found}" is not the site's term for ${term.concept}`,
        `write "${term[language]}" (the glossary in content/guide/style.md lists one term per concept)`,
        {
          message: `“${found}”不是本站的用语（概念：${term.concept}）`,
          fix: `请写“${term[language]}”（content/guide/style.md 的术语表为每个概念列出一个用语）`,
        },
      );
    }
  });
}
