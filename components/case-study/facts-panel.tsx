import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { attributionOf, citedSource } from '@/lib/attribution';
import type { CaseStudy } from '@/lib/content';
import { knownWorkloads, workloadLabel } from '@/lib/case-studies/workloads';
import { infrastructurePatterns } from '@/lib/case-studies/infrastructure';
import { Attribution } from './attribution';

type KeyNumber = CaseStudy['keyNumbers'][number];

/** One figure with what it measures, its baseline and period when given, and its attribution. */
function Figure({ n, study, locale }: { n: KeyNumber; study: CaseStudy; locale: Locale }) {
  const t = useTranslations('CaseStudy');
  return (
    <li>
      <span className="block text-xl font-bold tracking-tight text-brand">{n.value}</span>
      <span className="text-muted">
        {n.label}
        {n.period ? t('period', { period: n.period }) : null}
      </span>
      {n.baseline ? <span className="mt-0.5 block text-xs text-muted">{t('baseline', { baseline: n.baseline })}</span> : null}
      <Attribution text={attributionOf(citedSource(study.sources, n.source), locale, t)} />
    </li>
  );
}

/** One group of key numbers under its heading (nothing when the group is empty). */
function FigureGroup({
  kind,
  title,
  note,
  figures,
  study,
  locale,
}: {
  kind: 'result' | 'context';
  title: string;
  note?: string;
  figures: KeyNumber[];
  study: CaseStudy;
  locale: Locale;
}) {
  if (figures.length === 0) return null;
  return (
    <div className="mt-4 border-t border-border pt-4" data-key-numbers={kind}>
      <h3 className="text-sm font-semibold text-fg">{title}</h3>
      {note ? <p className="mt-1 text-xs text-muted">{note}</p> : null}
      <ul className="mt-2 space-y-3">
        {figures.map((n) => (
          <Figure key={n.label} n={n} study={study} locale={locale} />
        ))}
      </ul>
    </div>
  );
}

/**
 * "Key facts" panel of a case study, built from its frontmatter: who and
 * when, the fit facts (workloads, how and where Ray runs, scale, what came
 * before), then the key numbers in two groups: results on Ray, and context
 * (the company, the platform as a whole, another product).
 */
export function FactsPanel({ study, locale }: { study: CaseStudy; locale: Locale }) {
  const t = useTranslations('CaseStudy');
  const row = 'border-t border-border py-3 first:border-t-0 first:pt-0';
  const results = study.keyNumbers.filter((n) => n.kind === 'result');
  const context = study.keyNumbers.filter((n) => n.kind !== 'result');
  const text = (label: string, value?: string, attribution?: string) =>
    value ? (
      <div className={row}>
        <dt className="text-muted">{label}</dt>
        <dd className="mt-0.5 font-medium text-fg">{value}</dd>
        <Attribution text={attribution} as="dd" />
      </div>
    ) : null;
  return (
    <section aria-labelledby="facts-title" className="facts-panel rounded-card border border-border bg-surface p-5 text-sm">
      <h2 id="facts-title" className="mb-4 text-base font-semibold text-fg">
        {t('facts')}
      </h2>
      <dl>
        {text(t('company'), study.company)}
        {text(t('platform'), study.platform)}
        {text(t('year'), String(study.year))}
        <div className={row}>
          <dt className="text-muted">{t('workloads')}</dt>
          <dd className="mt-1.5">
            <span className="flex flex-wrap gap-1.5">
              {knownWorkloads(study.workloads).map((w) => (
                <span key={w} data-workload={w} className="rounded-md border border-border bg-bg px-2 py-0.5 text-xs font-medium text-fg">
                  {workloadLabel(w, locale)}
                </span>
              ))}
            </span>
            <Attribution text={study.workloadsAttribution} />
          </dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('rayLibraries')}</dt>
          <dd className="mt-1.5">
            <span className="flex flex-wrap gap-1.5">
              {study.rayLibraries.map((lib) => (
                <span key={lib} className="rounded-md bg-brand-soft px-2 py-0.5 text-xs font-medium text-brand">
                  {lib}
                </span>
              ))}
            </span>
            <Attribution text={study.rayLibrariesAttribution} />
          </dd>
        </div>
        {text(t('deployment'), study.deployment, study.deploymentAttribution)}
        {text(t('infrastructure'), infrastructurePatterns[study.infrastructure][locale].label)}
        {text(t('scale'), study.scale, study.scaleAttribution)}
        {text(t('before'), study.before, study.beforeAttribution)}
      </dl>
      <FigureGroup kind="result" title={t('results')} figures={results} study={study} locale={locale} />
      <FigureGroup kind="context" title={t('context')} note={t('contextNote')} figures={context} study={study} locale={locale} />
    </section>
  );
}
