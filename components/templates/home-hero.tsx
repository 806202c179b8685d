import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { site } from '@/lib/site';
import { StackDiagram } from '@/components/diagrams';

const external = <span aria-hidden="true"> ↗</span>;

/**
 * The overview's hero, across the width: the site's main point in one line
 * (the page's `lead`), next steps that are not more reading (Ray's docs,
 * KubeRay, the Ray team's feedback form), and the Ray stack beside it.
 */
export function HomeHero({ locale, title, lead }: { locale: Locale; title: string; lead?: string }) {
  const t = useTranslations('Home');
  const tagline = useTranslations('Site')('tagline');
  return (
    <section aria-labelledby="home-title" className="relative overflow-hidden border-b border-border bg-surface">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_85%_-10%,var(--brand-soft),transparent_70%)]"
      />
      <div className="relative mx-auto grid max-w-6xl items-center gap-10 px-4 pb-12 pt-10 sm:px-6 sm:pb-16 sm:pt-16 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)] lg:gap-12">
        <div>
          <p className="mb-4 text-sm font-semibold uppercase tracking-wide text-brand">{tagline}</p>
          <h1 id="home-title" className="text-4xl font-bold leading-[1.15] tracking-tight text-fg text-balance sm:text-5xl">
            {title}
          </h1>
          {lead ? <p className="mt-5 max-w-2xl text-lg leading-relaxed text-fg text-pretty sm:text-xl">{lead}</p> : null}
          <p className="mt-8 text-sm font-semibold text-muted">{t('getStarted')}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <a href={site.rayDocsUrl} className="rounded-lg bg-brand px-5 py-3 font-semibold text-on-brand shadow-sm hover:bg-brand-strong">
              {t('rayDocs')}
              {external}
            </a>
            <a
              href={site.kubeRayUrl}
              className="rounded-lg border border-border bg-bg px-5 py-3 font-semibold text-fg hover:border-brand hover:text-brand"
            >
              {t('kuberay')}
              {external}
            </a>
          </div>
          <p className="mt-5 text-muted">
            {t('feedbackPrompt')}{' '}
            <a href={site.feedbackFormUrl} className="font-semibold text-brand underline underline-offset-4 hover:text-brand-strong">
              {t('feedbackLink')}
              {external}
            </a>
          </p>
        </div>
        <div className="rounded-card border border-border bg-bg p-3 shadow-sm sm:p-5">
          <StackDiagram locale={locale} />
        </div>
      </div>
    </section>
  );
}
