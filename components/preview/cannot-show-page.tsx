import { getMDXComponent } from 'next-contentlayer2/hooks';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { mdxComponentsFor } from '@/components/mdx/mdx-components';
import { problemsHidingPage, type PreviewProblem } from '@/lib/preview-problems';
import { BreakableFile } from './problem-list';
import { PROBLEMS_HEADING_ID, ProblemsBanner } from './problems-banner';

type PreviewDoc = { route: string; body: { code: string }; _raw: { sourceFilePath: string } };

/**
 * `npm run dev` only: what a page template shows instead of a document that
 * cannot be shown as saved (Contentlayer kept an older version of it, or its
 * text does not render): the header, the problems, and none of the older
 * version. Null when the document can be shown, and always in a production build.
 */
export function previewInsteadOfPage(locale: Locale, doc: PreviewDoc) {
  if (process.env.NODE_ENV === 'production') return null;
  const problems = problemsHidingPage(doc._raw.sourceFilePath, () =>
    getMDXComponent(doc.body.code)({ components: mdxComponentsFor(locale) }),
  );
  if (problems.length === 0) return null;
  return <CannotShowPage locale={locale} doc={doc} problems={problems} />;
}

function CannotShowPage({ locale, doc, problems }: { locale: Locale; doc: PreviewDoc; problems: PreviewProblem[] }) {
  const t = useTranslations('Preview');
  return (
    <>
      <SiteHeader locale={locale} route={doc.route} />
      {/* A render error is not the checker's: the banner lists it with the page's own problems. */}
      <ProblemsBanner locale={locale} doc={doc} extra={problems.filter((p) => p.rule === 'render')} />
      <main id="main" tabIndex={-1} data-content-problems-page className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          <h1 className="max-w-3xl text-3xl font-bold leading-tight tracking-tight text-fg text-balance">{t('pageHeading')}</h1>
          <p className="mt-4 max-w-3xl text-lg leading-relaxed text-muted">
            {t.rich('pageExplain', { path: problems[0].file, file: () => <BreakableFile file={problems[0].file} /> })}
          </p>
          <p className="mt-4">
            <a href={`#${PROBLEMS_HEADING_ID}`} className="font-medium text-brand underline underline-offset-4">
              {t('toProblems')}
            </a>
          </p>
        </div>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
