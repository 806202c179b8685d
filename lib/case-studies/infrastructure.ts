// How a case study runs Ray (`infrastructure:`), as one of the two patterns of
// the deployment page, with the heading each pattern has there: the next step
// of a case study links that section. The anchors are the ids rehype-slug
// gives the headings of content/{en,zh}/deployment.mdx; content:check
// reports a link to a heading that is gone, and a unit test pins these.

export const infrastructurePatterns = {
  'pick-and-choose': {
    en: { label: 'Pick and choose: one Ray library on its own', anchor: 'pattern-1-pick-and-choose-your-libraries' },
    zh: { label: '按需选用：单独使用某个 Ray 库', anchor: '模式-1按需选用-ray-的-ai-库' },
  },
  'inside-platform': {
    en: { label: 'Inside an ML platform: the platform creates Ray clusters', anchor: 'pattern-2-ray-inside-an-existing-ml-platform' },
    zh: { label: '在 ML 平台之中：由平台创建 Ray 集群', anchor: '模式-2在现有-ml-平台中使用-ray' },
  },
} as const;

export type InfrastructurePattern = keyof typeof infrastructurePatterns;
export const infrastructureIds = Object.keys(infrastructurePatterns) as InfrastructurePattern[];

/** The deployment page's section for a pattern, e.g. "/deployment#pattern-2-…" (without the locale). */
export const deploymentSection = (id: InfrastructurePattern, locale: 'zh' | 'en') =>
  `/deployment#${infrastructurePatterns[id][locale].anchor}`;
