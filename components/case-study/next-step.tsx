import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getCaseStudies, getPillars, getResources, type CaseStudy } from '@/lib/content';
import { rayDocsForAll } from '@/lib/case-studies/ray-docs';
import { deploymentSection, infrastructurePatterns } from '@/lib/case-studies/infrastructure';
import { pillarsShowing, relatedStudies, storyResources } from '@/lib/case-studies/links';
import { workloadLabel } from '@/lib/case-studies/workloads';

const external = <span aria-hidden="true"> ↗</span>;
const linkClass = 'font-medium text-brand underline-offset-4 hover:underline';

/** A titled list of links; nothing when the list is empty. `derived` marks lists built from other pages. */
function LinkGroup({ title, derived, children }: { title: string; derived?: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3 className="mt-5 text-base font-semibold text-fg">{title}</h3>
      <ul className="mt-2 space-y-2" data-derived={derived}>
        {children}
      </ul>
    </>
  );
}

/**
 * The end of a case study, built from its frontmatter and the rest of the
 * content: the Ray docs of each piece it used (lib/case-studies/ray-docs.ts),
 * the deployment page's section for how it runs Ray, its own talks and posts
 * from the resources, the pillars that list it, and the stories that share a
 * workload with it. No generic "contact us".
 */
export function NextStep({ study, locale }: { study: CaseStudy; locale: Locale }) {
  const t = useTranslations('CaseStudy');
  const docs = rayDocsForAll(study.rayLibraries);
  const resources = storyResources(study, getResources());
  const pillars = pillarsShowing(study.slug, getPillars(locale));
  const related = relatedStudies(study, getCaseStudies(locale));
  const sep = locale === 'zh' ? '、' : ', ';
  const pattern = infrastructurePatterns[study.infrastructure][locale].label;
  return (
    <section aria-labelledby="next-step" className="next-step mt-12 rounded-card border border-border bg-surface p-5 sm:p-6">
      <h2 id="next-step" className="text-xl font-bold tracking-tight text-fg">
        {t('nextStep')}
      </h2>
      <p className="mt-2 text-muted">{t('nextStepIntro', { company: study.company })}</p>
      <ul className="mt-3 space-y-2">
        {docs.map((d) => (
          <li key={d.url}>
            <a href={d.url} className={linkClass} data-ray-docs="">
              {t('docsFor', { name: d.name })}
              {external}
            </a>
          </li>
        ))}
        <li>
          <a href={localePath(locale, deploymentSection(study.infrastructure, locale))} className={linkClass}>
            {t('deploymentSection', { pattern })}
          </a>
        </li>
      </ul>
      <LinkGroup title={t('ownMaterial')}>
        {resources.map((r) => (
          <li key={r.url}>
            <a href={r.url} className={linkClass}>
              {r.title[locale]}
              {external}
            </a>
            {r.publisher ? <span className="text-muted"> — {r.publisher}</span> : null}
          </li>
        ))}
      </LinkGroup>
      <LinkGroup title={t('pillarsShown')} derived="pillars">
        {pillars.map((p) => (
          <li key={p.slug}>
            <a href={localePath(locale, p.route)} className={linkClass}>
              {p.title}
            </a>
          </li>
        ))}
      </LinkGroup>
      <LinkGroup title={t('relatedStudies')} derived="related">
        {related.map(({ study: s, shared }) => (
          <li key={s.slug}>
            <a href={localePath(locale, s.route)} className={linkClass}>
              {s.company} · {s.platform}
            </a>
            <span className="text-muted">
              {' — '}
              {t('sharedWorkloads', { workloads: shared.map((w) => workloadLabel(w, locale)).join(sep) })}
            </span>
          </li>
        ))}
      </LinkGroup>
    </section>
  );
}
