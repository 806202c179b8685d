import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { breadcrumbTrail, type AnyDoc } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import type { TocEntry } from '@/lib/toc';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { PageHeader } from '@/components/layout/page-header';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DraftBanner } from '@/components/layout/draft-banner';
import { TranslationNotice } from '@/components/layout/translation-notice';
import { UpdatedLine } from '@/components/layout/updated-line';
import { behindNotice } from '@/lib/translations/page-notice';
import { EditLink } from '@/components/layout/edit-link';
import { PrintLine } from '@/components/layout/print-line';
import { ProblemsBanner } from '@/components/preview/problems-banner';
import { previewInsteadOfPage } from '@/components/preview/cannot-show-page';
import { JsonLd } from '@/components/seo/json-ld';
import { ArticleLayout } from './article-layout';

type Props = {
  locale: Locale;
  /** The page's document: its route, title, draft flag and source file. */
  doc: AnyDoc;
  /** Under the title in the page header. */
  lead?: string;
  /** Above the title (a pillar's number, a case study's company). */
  eyebrow?: ReactNode;
  /** Inside the page header, under the lead (the search page's form). */
  headerExtra?: ReactNode;
  /** Instead of the page header and breadcrumb (the home page's hero). */
  hero?: ReactNode;
  /** More structured data beside the breadcrumb's (a case study's Article). */
  jsonLd?: object[];
  /** The body column (ArticleLayout), or `false` for a page that lays out its body itself. */
  article?: { toc?: TocEntry[]; aside?: ReactNode; wide?: boolean } | false;
  /** After <main>: the page's own module script. */
  after?: ReactNode;
  children: ReactNode;
};

/**
 * What every content page has around its body, in one place: the header with
 * the language switch for this route, the draft and preview banners, <main>,
 * the line only print shows (address and date), the page header with the
 * breadcrumb (and its JSON-LD) and the "Updated" date, the notice of a
 * translation behind its original, the article column, the "Edit this page"
 * link (EDIT_URL_BASE), the footer with the link to the page's Markdown twin.
 * In `npm run dev`, a document that cannot be shown as saved gets its
 * problems instead (components/preview).
 */
export function PageShell({ locale, doc, lead, eyebrow, headerExtra, hero, jsonLd = [], article = {}, after, children }: Props) {
  const home = useTranslations('Header')('home');
  const problemsInstead = previewInsteadOfPage(locale, doc); // npm run dev only
  if (problemsInstead) return problemsInstead;
  const crumbs = breadcrumbTrail(locale, doc.route, home);
  // Under the title; on the home page (a hero instead of a header), at the end of <main>.
  const updated = <UpdatedLine locale={locale} updated={doc.updated} className={hero ? '' : 'mt-4'} />;

  return (
    <>
      <SiteHeader locale={locale} route={doc.route} />
      <DraftBanner draft={doc.draft} />
      <ProblemsBanner locale={locale} doc={doc} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <PrintLine locale={locale} route={doc.route} updated={doc.updated} />
        {hero ?? (
          <>
            <PageHeader title={doc.title} lead={lead} eyebrow={eyebrow} breadcrumb={<Breadcrumb items={crumbs} />}>
              {updated}
              {headerExtra}
            </PageHeader>
            <JsonLd data={breadcrumbJsonLd(crumbs)} />
          </>
        )}
        <TranslationNotice locale={locale} route={doc.route} notice={behindNotice(doc._raw.sourceFilePath, locale)} />
        {jsonLd.map((data, i) => (
          <JsonLd key={i} data={data} />
        ))}
        {article ? (
          <ArticleLayout toc={article.toc} aside={article.aside} wide={article.wide}>
            {children}
          </ArticleLayout>
        ) : (
          children
        )}
        {hero ? <div className="mx-auto max-w-6xl px-4 pb-10 sm:px-6">{updated}</div> : null}
        <EditLink sourceFilePath={doc._raw.sourceFilePath} />
      </main>
      <SiteFooter locale={locale} route={doc.route} />
      {after}
    </>
  );
}
