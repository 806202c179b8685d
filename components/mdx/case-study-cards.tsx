import { localePath, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getCaseStudies } from '@/lib/content';
import { Attribution } from '@/components/case-study/attribution';

/**
 * Case studies as cards, each with its one concrete outcome and, when that
 * outcome comes from a summary, its attribution. `slugs` limits and orders
 * them; show="deployment" tells how each platform runs Ray instead (the home
 * page, whose proof strip already shows the outcomes).
 *
 * An outcome card names the company only: a result such as Instacart's
 * Celery → Ray move is not the named platform's (review b #3). A deployment
 * card names the platform and no source year: the deployment text carries its
 * own date where it differs from the case study's year (review C5).
 */
export function CaseStudyCards({ locale, slugs, show = 'outcome' }: { locale: Locale; slugs?: string[]; show?: 'outcome' | 'deployment' }) {
  const t = translatorFor(locale, 'CaseStudy');
  const all = getCaseStudies(locale);
  const list = slugs ? slugs.map((s) => all.find((c) => c.slug === s)).filter((c) => c !== undefined) : all;
  return (
    <ul className="not-prose my-8 grid gap-4 md:grid-cols-3">
      {list.map((c) => (
        <li key={c.slug}>
          <a
            href={localePath(locale, c.route)}
            className="group flex h-full flex-col rounded-card border border-border bg-bg p-5 transition-colors hover:border-brand hover:bg-surface"
          >
            <span className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-semibold text-brand">{show === 'deployment' ? `${c.company} · ${c.platform}` : c.company}</span>
              {show === 'deployment' ? null : <span className="text-muted">{t('sourceYear', { year: String(c.year) })}</span>}
            </span>
            <span className="mt-2 text-lg font-semibold leading-snug text-fg group-hover:text-brand">
              {show === 'deployment' ? c.deployment : c.outcome}
            </span>
            <Attribution text={show === 'deployment' ? c.deploymentAttribution : c.outcomeAttribution} />
            <span className="mt-auto pt-4 text-sm font-medium text-muted group-hover:text-fg">
              {t('readCase', { company: c.company })} →
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
