// The comparison of the case studies (/case-studies): its columns and each
// cell's text, written once for the HTML table
// (components/mdx/case-study-comparison.tsx) and its Markdown twin
// (lib/markdown/components.ts).
import type { CaseStudy } from '@/lib/content-source';
import { knownWorkloads, workloadLabel } from './workloads';

/** Message keys (CaseStudy.*) of the columns after the platform, in order. */
export const comparisonColumns = ['colYear', 'colWorkloads', 'colWhere', 'colBefore', 'colLibraries', 'colResult'] as const;
export type ComparisonColumn = (typeof comparisonColumns)[number];

/** One cell: its text and, when the fact comes from a summary, the attribution shown with it. */
export function comparisonCell(c: CaseStudy, column: ComparisonColumn, locale: 'zh' | 'en'): { text: string; via?: string } {
  const sep = locale === 'zh' ? '、' : ', ';
  switch (column) {
    case 'colYear':
      return { text: String(c.year) };
    case 'colWorkloads':
      return {
        text: knownWorkloads(c.workloads)
          .map((w) => workloadLabel(w, locale))
          .join(sep),
        via: c.workloadsAttribution,
      };
    case 'colWhere':
      return { text: c.deployment, via: c.deploymentAttribution };
    case 'colBefore':
      return { text: c.before ?? '—', via: c.beforeAttribution };
    case 'colLibraries':
      return { text: c.rayLibraries.join(sep), via: c.rayLibrariesAttribution };
    case 'colResult':
      return { text: c.outcome, via: c.outcomeAttribution };
  }
}
