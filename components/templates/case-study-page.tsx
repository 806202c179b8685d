import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getCaseStudies, neighbours, type CaseStudy } from '@/lib/content';
import { caseStudyJsonLd } from '@/lib/structured-data';
import { Pager } from '@/components/layout/pager';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { MdxContent } from '@/components/mdx/mdx-content';
import { FactsPanel } from '@/components/case-study/facts-panel';
import { SourceList } from '@/components/case-study/source-list';
import { NextStep } from '@/components/case-study/next-step';
import { PageShell } from './page-shell';

/** A case study: its text, the facts panel beside it, the next step and its links, its sources, the way to the other case studies. */
export function CaseStudyPage({ locale, doc: study }: { locale: Locale; doc: CaseStudy }) {
  const list = getCaseStudies(locale);
  const t = useTranslations('CaseStudy');
  const siteT = useTranslations('Site');
  const site = { locale, name: siteT('name'), description: siteT('tagline') };
  const { previous, next } = neighbours(list, study);
  const toItem = (c?: typeof study) => (c ? { href: localePath(locale, c.route), title: c.title } : undefined);
  const aside = (
    <div className="space-y-8">
      <FactsPanel study={study} locale={locale} />
      {study.toc.length >= 3 ? (
        <div className="hidden lg:block">
          <TableOfContents entries={study.toc} />
        </div>
      ) : null}
    </div>
  );

  return (
    <PageShell
      locale={locale}
      doc={study}
      lead={study.description}
      eyebrow={`${study.company} · ${study.platform}`}
      jsonLd={[caseStudyJsonLd(study, site)]}
      article={{ aside }}
    >
      <MdxContent locale={locale} code={study.body.code} />
      <NextStep study={study} locale={locale} />
      <SourceList sources={study.sources} />
      <Pager previous={toItem(previous)} next={toItem(next)} previousLabel={t('previous')} nextLabel={t('next')} />
    </PageShell>
  );
}
