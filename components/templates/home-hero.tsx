import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getNavigation } from '@/lib/content';

/** The overview's hero: the value in one sentence and the two next steps. */
export function HomeHero({ title, lead, locale }: { title: string; lead?: string; locale: Locale }) {
  const t = useTranslations('Site');
  const [first, second] = getNavigation(locale);
  return (
    <div className="relative overflow-hidden border-b border-border bg-surface">
      <div aria-hidden="true" className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_85%_-10%,var(--brand-soft),transparent_70%)]" />
      <div className="relative mx-auto max-w-6xl px-4 pb-14 pt-12 sm:px-6 sm:pb-20 sm:pt-20">
        <p className="mb-4 text-sm font-semibold uppercase tracking-wide text-brand">{t('tagline')}</p>
        <h1 className="max-w-3xl text-4xl font-bold leading-[1.15] tracking-tight text-fg text-balance sm:text-5xl">{title}</h1>
        {lead ? <p className="mt-5 max-w-2xl text-lg leading-relaxed text-muted text-pretty sm:text-xl">{lead}</p> : null}
        <div className="mt-8 flex flex-wrap gap-3">
          {first ? (
            <a href={localePath(locale, first.route)} className="rounded-lg bg-brand px-5 py-3 font-semibold text-on-brand shadow-sm hover:bg-brand-strong">
              {first.title} →
            </a>
          ) : null}
          {second ? (
            <a href={localePath(locale, second.route)} className="rounded-lg border border-border bg-bg px-5 py-3 font-semibold text-fg hover:border-brand hover:text-brand">
              {second.title}
            </a>
          ) : null}
        </div>
      </div>
    </div>
  );
}
