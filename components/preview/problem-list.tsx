import { Fragment } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { PreviewProblem } from '@/lib/preview-problems';

/**
 * Problems as the content check reports them: the file and line, what is
 * wrong, how to fix it, all in the page's language (the check writes every
 * problem in English and Chinese; paths, field names and values as written).
 * Only utility classes that the site already uses: the banner adds nothing
 * to the production stylesheet (tests/e2e/no-framework.spec.ts).
 */
export function ProblemList({ problems, pageOf }: { problems: PreviewProblem[]; pageOf?: (file: string) => string | undefined }) {
  const t = useTranslations('Preview');
  const zh = useLocale() === 'zh';
  return (
    <ol className="mt-3 space-y-3">
      {problems.map((p, i) => {
        const href = pageOf?.(p.file);
        const { message, fix } = zh ? p.zh : p;
        return (
          <li key={i} data-problem-rule={p.rule} className="rounded-card border border-accent/50 bg-bg p-4">
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="text-sm font-bold uppercase tracking-wide text-accent">{t(p.severity)}</span>
              <code className="text-sm font-semibold text-fg">
                <BreakableFile file={p.line ? `${p.file}:${p.line}` : p.file} />
              </code>
              {href ? (
                <a href={href} className="text-sm font-medium text-brand underline underline-offset-4">
                  {t('openPage')}
                </a>
              ) : null}
            </p>
            <dl className="mt-2 text-sm leading-relaxed">
              <div>
                <dt className="inline font-semibold text-muted">{t('what')}</dt> <dd className="inline text-fg">{message}</dd>
              </div>
              <div className="mt-1">
                <dt className="inline font-semibold text-muted">{t('fix')}</dt> <dd className="inline text-fg">{fix}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

/** content/en/why-ray.mdx:37 with a line-break opportunity after each "/" (long paths on phones), copied as written. */
export function BreakableFile({ file }: { file: string }) {
  const parts = file.split('/');
  return parts.map((part, i) =>
    i < parts.length - 1 ? (
      <Fragment key={i}>
        {`${part}/`}
        <wbr />
      </Fragment>
    ) : (
      part
    ),
  );
}
