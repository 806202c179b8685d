import { localePath, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getPillars } from '@/lib/content';

/** The three pillars as cards linking to their pages (from Pillar frontmatter). */
export function PillarCards({ locale }: { locale: Locale }) {
  const t = translatorFor(locale, 'Pillar');
  return (
    <ul className="not-prose my-8 grid gap-4 md:grid-cols-3">
      {getPillars(locale).map((p) => (
        <li key={p.slug}>
          <a
            href={localePath(locale, p.route)}
            className="group flex h-full flex-col rounded-card border border-border bg-bg p-5 transition-colors hover:border-brand hover:bg-surface"
          >
            <span
              className="flex h-9 w-9 items-center justify-center rounded-full bg-brand-soft text-sm font-bold text-brand"
              aria-hidden="true"
            >
              {p.order}
            </span>
            <span className="sr-only">{t('pillarPrefix', { number: p.order })}</span>
            <span className="mt-3 text-lg font-semibold leading-snug text-fg group-hover:text-brand">{p.title}</span>
            <span className="mt-2 text-sm leading-relaxed text-muted">{p.summary}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
