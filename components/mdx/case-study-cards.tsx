import { localePath, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getCaseStudies } from '@/lib/content';

/** Case studies as cards, each with its one concrete outcome. `slugs` limits and orders them. */
export function CaseStudyCards({ locale, slugs }: { locale: Locale; slugs?: string[] }) {
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
              <span className="font-semibold text-brand">
                {c.company} · {c.platform}
              </span>
              <span className="text-muted">{t('sourceYear', { year: String(c.year) })}</span>
            </span>
            <span className="mt-2 text-lg font-semibold leading-snug text-fg group-hover:text-brand">{c.outcome}</span>
            <span className="mt-auto pt-4 text-sm font-medium text-muted group-hover:text-fg">
              {t('readCase', { company: c.company })} →
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
