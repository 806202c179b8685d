// The one vocabulary of workloads a case study can name in `workloads:`
// (frontmatter ids, in English in both languages) with the label each
// language shows. content:check rejects any other value with a "did you mean"
// (scripts/content/check/case-study-fit.ts); the facts panel, the comparison
// table and the search index show the labels. Light on purpose: the content
// check loads it without Contentlayer.

export const workloadLabels = {
  'data-processing': { en: 'Data processing', zh: '数据处理' },
  training: { en: 'Training', zh: '模型训练' },
  tuning: { en: 'Hyperparameter tuning', zh: '超参数调优' },
  'batch-inference': { en: 'Batch inference', zh: '批量推理' },
  'online-serving': { en: 'Online serving', zh: '在线服务' },
  'reinforcement-learning': { en: 'Reinforcement learning', zh: '强化学习' },
  'llm-fine-tuning': { en: 'LLM fine-tuning', zh: '大模型微调' },
} as const;

export type Workload = keyof typeof workloadLabels;
export const workloadIds = Object.keys(workloadLabels) as Workload[];

export const isWorkload = (value: unknown): value is Workload => typeof value === 'string' && Object.hasOwn(workloadLabels, value);

export const workloadLabel = (id: Workload, locale: 'zh' | 'en') => workloadLabels[id][locale];

/** The known workloads of a list, in the vocabulary's order (unknown values are the check's business). */
export const knownWorkloads = (values: readonly string[]): Workload[] => workloadIds.filter((id) => values.includes(id));

/** "batch-inference (Batch inference)", or "batch-inference（批量推理）" in Chinese. */
export const workloadWithLabel = (id: Workload, locale: 'zh' | 'en') =>
  locale === 'zh' ? `${id}（${workloadLabels[id].zh}）` : `${id} (${workloadLabels[id].en})`;

const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

/** Edit distance (insert, delete, substitute), enough to catch a typo in an id. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The workload an unknown value most likely means: an id or a label in either
 * language written differently ("Batch inference", "批量推理", "batch_inference"),
 * or a typo of an id (at most a third of its letters wrong); undefined otherwise.
 */
export function suggestWorkload(value: string): Workload | undefined {
  const wanted = squash(value);
  const exact = workloadIds.find((id) => [id, workloadLabels[id].en, workloadLabels[id].zh].some((name) => squash(name) === wanted));
  if (exact) return exact;
  const scored = workloadIds
    .map((id) => ({ id, d: Math.min(distance(wanted, squash(id)), distance(wanted, squash(workloadLabels[id].en))) }))
    .sort((a, b) => a.d - b.d)[0];
  return scored && scored.d <= Math.max(1, Math.floor(squash(scored.id).length / 3)) ? scored.id : undefined;
}
