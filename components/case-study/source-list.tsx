import { useTranslations } from 'next-intl';
import type { CaseStudy } from '@/lib/content';

/** Numbered list of every source a case study relies on. */
export function SourceList({ sources }: { sources: CaseStudy['sources'] }) {
  const t = useTranslations('CaseStudy');
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-border pt-8">
      <h2 id="sources" className="text-xl font-bold tracking-tight text-fg">
        {t('sources')}
      </h2>
      <ol className="mt-4 list-decimal space-y-2 pl-5 text-sm leading-relaxed text-muted marker:text-muted">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} className="font-medium text-brand underline-offset-4 hover:underline">
              {s.title}
            </a>
            {s.publisher ? <span> — {s.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
