import { useTranslations } from 'next-intl';
import { localePath, routing, type Locale } from '@/i18n/routing';
import { getAllDocs } from '@/lib/content';
import { previewProblems, type PageProblems, type PreviewProblem } from '@/lib/preview-problems';
import { BreakableFile, ProblemList } from './problem-list';

/** More than this many problems in other files: the rest is left to `npm run content:check`. */
const MAX_OTHERS = 20;
export const PROBLEMS_HEADING_ID = 'content-problems-heading';

/**
 * `npm run dev` only: while the content check finds problems, every page
 * starts with this box, the page's own file's problems first (`extra`: more
 * of them, found while rendering). Returns nothing in a production build.
 */
export function ProblemsBanner({
  locale,
  doc,
  extra = [],
}: {
  locale: Locale;
  doc?: { _raw: { sourceFilePath: string } };
  extra?: PreviewProblem[];
}) {
  if (process.env.NODE_ENV === 'production') return null;
  const problems = previewProblems(doc?._raw.sourceFilePath);
  problems.own.unshift(...extra);
  if (problems.own.length + problems.others.length === 0) return null;
  return <Banner locale={locale} problems={problems} />;
}

function Banner({ locale, problems: { contentDir, file, own, others } }: { locale: Locale; problems: PageProblems }) {
  const t = useTranslations('Preview');
  const all = [...own, ...others];
  const errors = all.filter((p) => p.severity === 'error').length;
  const shownOthers = others.slice(0, MAX_OTHERS);
  const pageOf = pageLinks(locale, contentDir);
  return (
    <section data-content-problems aria-labelledby={PROBLEMS_HEADING_ID} className="border-b border-accent/50 bg-accent-soft">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <h2 id={PROBLEMS_HEADING_ID} className="text-xl font-bold tracking-tight text-fg">
          {t('heading', { count: all.length })}{' '}
          <span className="font-medium text-muted">{t('counts', { errors, warnings: all.length - errors })}</span>
        </h2>
        <p className="mt-2 max-w-4xl leading-relaxed text-fg">{t('intro')}</p>
        {own.length ? (
          <>
            <h3 className="mt-5 font-semibold text-fg">
              {t.rich('thisPage', { path: file!, file: () => <BreakableFile file={file!} /> })}
            </h3>
            <ProblemList problems={own} />
          </>
        ) : null}
        {shownOthers.length ? (
          <>
            <h3 className="mt-5 font-semibold text-fg">{t('otherFiles')}</h3>
            <ProblemList problems={shownOthers} pageOf={pageOf} />
            {others.length > shownOthers.length ? (
              <p className="mt-3 text-sm text-fg">{t('more', { count: others.length - shownOthers.length })}</p>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

/** The page a content file is shown on, in the current language where it is a resource. */
function pageLinks(locale: Locale, contentDir: string) {
  const docs = routing.locales.flatMap((l) =>
    getAllDocs(l).map((d) => ({ file: `${contentDir}/${d._raw.sourceFilePath}`, href: localePath(d.locale as Locale, d.route) })),
  );
  return (file: string) =>
    docs.find((d) => d.file === file)?.href ?? (file.startsWith(`${contentDir}/resources/`) ? localePath(locale, '/resources') : undefined);
}
