import { useTranslations } from 'next-intl';
import { notFound } from 'next/navigation';
import { localePath, type Locale } from '@/i18n/routing';
import { breadcrumbTrail, getPillars, neighbours } from '@/lib/content';
import { SiteHeader } from '@/components/layout/site-header';
import { PageHeader } from '@/components/layout/page-header';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DraftBanner } from '@/components/layout/draft-banner';
import { ProblemsBanner } from '@/components/preview/problems-banner';
import { previewInsteadOfPage } from '@/components/preview/cannot-show-page';
import { Pager } from '@/components/layout/pager';
import { MdxContent } from '@/components/mdx/mdx-content';
import { CaseStudyCards } from '@/components/mdx/case-study-cards';
import { JsonLd } from '@/components/seo/json-ld';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { ArticleLayout } from './article-layout';

export function PillarPage({ locale, slug }: { locale: Locale; slug: string }) {
  const list = getPillars(locale);
  const pillar = list.find((p) => p.slug === slug);
  if (!pillar) notFound();
  const t = useTranslations('Pillar');
  const home = useTranslations('Header')('home');
  const crumbs = breadcrumbTrail(locale, pillar.route, home);
  const { previous, next } = neighbours(list, pillar);
  const toItem = (p?: typeof pillar) => (p ? { href: localePath(locale, p.route), title: p.title } : undefined);

  const problemsInstead = previewInsteadOfPage(locale, pillar); // npm run dev only
  if (problemsInstead) return problemsInstead;

  return (
    <>
      <SiteHeader locale={locale} route={pillar.route} />
      <DraftBanner draft={pillar.draft} />
      <ProblemsBanner locale={locale} doc={pillar} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <PageHeader
          title={pillar.title}
          lead={pillar.summary}
          eyebrow={t('pillar', { number: pillar.order })}
          breadcrumb={<Breadcrumb items={crumbs} />}
        />
        <JsonLd data={breadcrumbJsonLd(crumbs)} />
        <ArticleLayout toc={pillar.toc}>
          <MdxContent code={pillar.body.code} />
          {pillar.caseStudies.length > 0 ? (
            <section aria-labelledby="related" className="mt-12 border-t border-border pt-8">
              <h2 id="related" className="text-xl font-bold tracking-tight text-fg">{t('relatedCaseStudies')}</h2>
              <CaseStudyCards slugs={pillar.caseStudies} />
            </section>
          ) : null}
          <Pager previous={toItem(previous)} next={toItem(next)} previousLabel={t('previous')} nextLabel={t('next')} />
        </ArticleLayout>
      </main>
    </>
  );
}
