import { useTranslations } from 'next-intl';
import { notFound } from 'next/navigation';
import { localePath, type Locale } from '@/i18n/routing';
import { breadcrumbTrail, getCaseStudies, neighbours } from '@/lib/content';
import { SiteHeader } from '@/components/layout/site-header';
import { PageHeader } from '@/components/layout/page-header';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DraftBanner } from '@/components/layout/draft-banner';
import { ProblemsBanner } from '@/components/preview/problems-banner';
import { previewInsteadOfPage } from '@/components/preview/cannot-show-page';
import { Pager } from '@/components/layout/pager';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { MdxContent } from '@/components/mdx/mdx-content';
import { FactsPanel } from '@/components/case-study/facts-panel';
import { SourceList } from '@/components/case-study/source-list';
import { JsonLd } from '@/components/seo/json-ld';
import { breadcrumbJsonLd, caseStudyJsonLd } from '@/lib/structured-data';
import { ArticleLayout } from './article-layout';

export function CaseStudyPage({ locale, slug }: { locale: Locale; slug: string }) {
  const list = getCaseStudies(locale);
  const study = list.find((c) => c.slug === slug);
  if (!study) notFound();
  const t = useTranslations('CaseStudy');
  const home = useTranslations('Header')('home');
  const siteT = useTranslations('Site');
  const site = { locale, name: siteT('name'), description: siteT('tagline') };
  const crumbs = breadcrumbTrail(locale, study.route, home);
  const { previous, next } = neighbours(list, study);
  const toItem = (c?: typeof study) => (c ? { href: localePath(locale, c.route), title: c.title } : undefined);

  const problemsInstead = previewInsteadOfPage(locale, study); // npm run dev only
  if (problemsInstead) return problemsInstead;

  return (
    <>
      <SiteHeader locale={locale} route={study.route} />
      <DraftBanner draft={study.draft} />
      <ProblemsBanner locale={locale} doc={study} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <PageHeader
          title={study.title}
          lead={study.description}
          eyebrow={`${study.company} · ${study.platform}`}
          breadcrumb={<Breadcrumb items={crumbs} />}
        />
        <JsonLd data={breadcrumbJsonLd(crumbs)} />
        <JsonLd data={caseStudyJsonLd(study, site)} />
        <ArticleLayout
          aside={
            <div className="space-y-8">
              <FactsPanel study={study} />
              {study.toc.length >= 3 ? <div className="hidden lg:block"><TableOfContents entries={study.toc} /></div> : null}
            </div>
          }
        >
          <MdxContent code={study.body.code} />
          <SourceList sources={study.sources} />
          <Pager previous={toItem(previous)} next={toItem(next)} previousLabel={t('previous')} nextLabel={t('next')} />
        </ArticleLayout>
      </main>
    </>
  );
}
