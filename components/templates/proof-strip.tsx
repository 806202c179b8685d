import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getCaseStudies, type Page } from '@/lib/content';
import { Attribution } from '@/components/case-study/attribution';
import { attributionOf, citedSource } from '@/lib/attribution';

/**
 * The home page's proof strip, from its `proof` frontmatter: each figure
 * links to the case study that states it, with the company and the year of
 * the source, and the attribution derived from the source it cites. An
 * unknown slug fails the build, naming the file and the item.
 */
export function ProofStrip({ page, locale }: { page: Page; locale: Locale }) {
  const t = useTranslations('CaseStudy');
  const title = useTranslations('Home')('proofTitle');
  if (page.proof.length === 0) return null;
  const studies = getCaseStudies(locale);
  const items = page.proof.map((point, i) => {
    const study = studies.find((c) => c.slug === point.caseStudy);
    if (!study) {
      throw new Error(
        `content/${page._raw.sourceFilePath}: proof item ${i + 1} has caseStudy "${point.caseStudy}", which is not a published case study — use one of ${studies.map((c) => c.slug).join(', ')}`,
      );
    }
    return { point, study };
  });
  return (
    <section aria-labelledby="proof-title" className="border-b border-border">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        <h2 id="proof-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
          {title}
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {items.map(({ point, study }) => (
            <li key={`${study.slug}:${point.value}`}>
              <a
                href={localePath(locale, study.route)}
                className="group flex h-full flex-col rounded-card border border-border bg-surface p-5 transition-colors hover:border-brand"
              >
                <span className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                  <span className="font-semibold text-brand">{study.company}</span>
                  <span className="text-muted">{t('sourceYear', { year: String(study.year) })}</span>
                </span>
                <span className="mt-2 text-2xl font-bold tracking-tight text-fg group-hover:text-brand">{point.value}</span>
                <span className="mt-1 leading-snug text-muted">{point.label}</span>
                <Attribution text={attributionOf(citedSource(study.sources, point.source), locale, t)} />
                <span className="mt-auto pt-4 text-sm font-medium text-fg">{t('readCase', { company: study.company })} →</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
