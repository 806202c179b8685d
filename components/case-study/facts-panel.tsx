import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { attributionOf, citedSource } from '@/lib/attribution';
import type { CaseStudy } from '@/lib/content';
import { Attribution } from './attribution';

/** "Key facts" panel of a case study, built from its frontmatter. */
export function FactsPanel({ study }: { study: CaseStudy }) {
  const t = useTranslations('CaseStudy');
  const locale = useLocale() as Locale;
  const row = 'border-t border-border py-3 first:border-t-0 first:pt-0';
  return (
    <section aria-labelledby="facts-title" className="facts-panel rounded-card border border-border bg-surface p-5 text-sm">
      <h2 id="facts-title" className="mb-4 text-base font-semibold text-fg">
        {t('facts')}
      </h2>
      <dl>
        <div className={row}>
          <dt className="text-muted">{t('company')}</dt>
          <dd className="mt-0.5 font-medium text-fg">{study.company}</dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('platform')}</dt>
          <dd className="mt-0.5 font-medium text-fg">{study.platform}</dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('year')}</dt>
          <dd className="mt-0.5 font-medium text-fg">{study.year}</dd>
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
        <div className={row}>
          <dt className="text-muted">{t('deployment')}</dt>
          <dd className="mt-0.5 font-medium text-fg">{study.deployment}</dd>
          <Attribution text={study.deploymentAttribution} as="dd" />
        </div>
        {study.keyNumbers.length > 0 ? (
          <div className={row}>
            <dt className="text-muted">{t('keyNumbers')}</dt>
            <dd>
              <ul className="mt-2 space-y-3">
                {study.keyNumbers.map((n) => (
                  <li key={n.label}>
                    <span className="block text-xl font-bold tracking-tight text-brand">{n.value}</span>
                    <span className="text-muted">{n.label}</span>
                    <Attribution text={attributionOf(citedSource(study.sources, n.source), locale, t)} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
