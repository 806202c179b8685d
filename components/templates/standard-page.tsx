import { useTranslations } from 'next-intl';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { breadcrumbTrail, getPage } from '@/lib/content';
import { SiteHeader } from '@/components/layout/site-header';
import { PageHeader } from '@/components/layout/page-header';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DraftBanner } from '@/components/layout/draft-banner';
import { ProblemsBanner } from '@/components/preview/problems-banner';
import { previewInsteadOfPage } from '@/components/preview/cannot-show-page';
import { MdxContent } from '@/components/mdx/mdx-content';
import { JsonLd } from '@/components/seo/json-ld';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { ArticleLayout } from './article-layout';
import { HomeHero } from './home-hero';
import { ProofStrip } from './proof-strip';

/** A "Page" document (overview, section indexes, deployment, resources). */
export function StandardPage({ locale, route }: { locale: Locale; route: string }) {
  const page = getPage(locale, route);
  if (!page) notFound();
  const isHome = route === '/';
  const home = useTranslations('Header')('home');
  const crumbs = breadcrumbTrail(locale, route, home);

  const problemsInstead = previewInsteadOfPage(locale, page); // npm run dev only
  if (problemsInstead) return problemsInstead;

  return (
    <>
      <SiteHeader locale={locale} route={route} />
      <DraftBanner draft={page.draft} />
      <ProblemsBanner locale={locale} doc={page} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {isHome ? (
          <>
            <HomeHero title={page.title} lead={page.lead} />
            <ProofStrip page={page} locale={locale} />
          </>
        ) : (
          <>
            <PageHeader title={page.title} lead={page.lead ?? page.description} breadcrumb={<Breadcrumb items={crumbs} />} />
            <JsonLd data={breadcrumbJsonLd(crumbs)} />
          </>
        )}
        <ArticleLayout toc={isHome ? undefined : page.toc} wide={isHome}>
          <MdxContent code={page.body.code} />
        </ArticleLayout>
      </main>
    </>
  );
}
