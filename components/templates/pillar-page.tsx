import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getPillars, neighbours, type Pillar } from '@/lib/content';
import { Pager } from '@/components/layout/pager';
import { MdxContent } from '@/components/mdx/mdx-content';
import { CaseStudyCards } from '@/components/mdx/case-study-cards';
import { PageShell } from './page-shell';

/** A "why Ray" pillar: its text, the case studies that show it, and the way to the other pillars. */
export function PillarPage({ locale, doc: pillar }: { locale: Locale; doc: Pillar }) {
  const list = getPillars(locale);
  const t = useTranslations('Pillar');
  const { previous, next } = neighbours(list, pillar);
  const toItem = (p?: typeof pillar) => (p ? { href: localePath(locale, p.route), title: p.title } : undefined);

  return (
    <PageShell
      locale={locale}
      doc={pillar}
      lead={pillar.summary}
      eyebrow={t('pillar', { number: pillar.order })}
      article={{ toc: pillar.toc }}
    >
      <MdxContent locale={locale} code={pillar.body.code} />
      {pillar.caseStudies.length > 0 ? (
        <section aria-labelledby="related" className="mt-12 border-t border-border pt-8">
          <h2 id="related" className="text-xl font-bold tracking-tight text-fg">
            {t('relatedCaseStudies')}
          </h2>
          <CaseStudyCards locale={locale} slugs={pillar.caseStudies} />
        </section>
      ) : null}
      <Pager previous={toItem(previous)} next={toItem(next)} previousLabel={t('previous')} nextLabel={t('next')} />
    </PageShell>
  );
}
