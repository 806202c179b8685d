import type { Locale } from '@/i18n/routing';
import type { Page } from '@/lib/content';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PageShell } from './page-shell';
import { HomeHero } from './home-hero';
import { ProofStrip } from './proof-strip';

/** A "Page" document (overview, section indexes, deployment, resources); the overview gets the hero and proof strip. */
export function StandardPage({ locale, page }: { locale: Locale; page: Page }) {
  const isHome = page.route === '/';
  const hero = isHome ? (
    <>
      <HomeHero locale={locale} title={page.title} lead={page.lead} />
      <ProofStrip page={page} locale={locale} />
    </>
  ) : undefined;

  return (
    <PageShell
      locale={locale}
      doc={page}
      lead={page.lead ?? page.description}
      hero={hero}
      article={{ toc: isHome ? undefined : page.toc, wide: isHome }}
    >
      <MdxContent locale={locale} code={page.body.code} />
    </PageShell>
  );
}
