import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { site } from '@/lib/site';
import { StackDiagram } from '@/components/diagrams';

const external = <span aria-hidden="true"> ↗</span>;

/**
 * The home page's hero, across the width: who the site is for, its main point
 * in one line (the page's `lead`), what Ray is and that this guide is
 * independent (a UI string: it is the site speaking, not the content), and where to go next. The primary action
 * stays on the site (how Ray fits your platform); Ray's docs and KubeRay are
 * secondary, and the Ray stack sits beside it. The feedback prompt is further
 * down the page and in the footer, not competing with these.
 */
export function HomeHero({ locale, title, lead }: { locale: Locale; title: string; lead?: string }) {
  const t = useTranslations('Home');
  const secondary = 'rounded-lg border border-border bg-bg px-5 py-3 font-semibold text-fg hover:border-brand hover:text-brand';
  return (
    <section aria-labelledby="home-title" className="home-hero relative overflow-hidden border-b border-border bg-surface">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_85%_-10%,var(--brand-soft),transparent_70%)]"
      />
      <div className="relative mx-auto grid max-w-6xl items-center gap-10 px-4 pb-12 pt-10 sm:px-6 sm:pb-16 sm:pt-16 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)] lg:gap-12">
        <div>
          <p className="mb-4 text-sm font-semibold uppercase tracking-wide text-brand">{t('audience')}</p>
          <h1 id="home-title" className="text-4xl font-bold leading-[1.15] tracking-tight text-fg text-balance sm:text-5xl">
            {title}
          </h1>
          {lead ? <p className="mt-5 max-w-2xl text-lg leading-relaxed text-fg text-pretty sm:text-xl">{lead}</p> : null}
          <p className="hero-what-ray mt-4 max-w-2xl leading-relaxed text-muted text-pretty">{t('whatRayIs')}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <a
              href={localePath(locale, '/deployment')}
              className="rounded-lg bg-brand px-5 py-3 font-semibold text-on-brand shadow-sm hover:bg-brand-strong"
            >
              {t('fitsYourPlatform')} →
            </a>
            {/* The docs first: KubeRay matters only to teams on Kubernetes (review C10). */}
            <a href={site.rayDocsUrl} className={secondary}>
              {t('rayDocs')}
              {external}
            </a>
            <a href={site.kubeRayUrl} className={secondary}>
              {t('kuberay')}
              {external}
            </a>
          </div>
        </div>
        <div className="rounded-card border border-border bg-bg p-3 shadow-sm sm:p-5">
          <StackDiagram locale={locale} />
        </div>
      </div>
    </section>
  );
}
