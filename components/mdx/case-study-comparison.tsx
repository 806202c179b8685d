import { localePath, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getCaseStudies } from '@/lib/content';
import { comparisonCell, comparisonColumns } from '@/lib/case-studies/comparison';
import { Attribution } from '@/components/case-study/attribution';

/**
 * Every published case study side by side, from the same frontmatter fields
 * as the facts panels: a plain table with a caption and header cells. Below
 * 768 px each row becomes a block of labelled cells (CSS in globals.css,
 * `.comparison`), so the page never gets wider than the screen. No explicit
 * ARIA roles: the Nu HTML Checker rejects them on a table's rows and cells.
 */
export function CaseStudyComparison({ locale }: { locale: Locale }) {
  const t = translatorFor(locale, 'CaseStudy') as unknown as (key: string) => string;
  const studies = getCaseStudies(locale);
  return (
    <div className="comparison not-prose my-8">
      <table className="w-full border-collapse text-left text-[0.8125rem] leading-snug">
        <caption className="pb-3 text-left font-semibold text-fg">{t('comparisonCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colPlatform')}</th>
            {comparisonColumns.map((col) => (
              <th key={col} scope="col">
                {t(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {studies.map((c) => (
            <tr key={c.slug} data-case-study={c.slug}>
              <th scope="row">
                <a href={localePath(locale, c.route)} className="font-semibold text-brand underline-offset-4 hover:underline">
                  <span className="block">{c.company}</span>
                  <span className="block font-normal">{c.platform}</span>
                </a>
              </th>
              {comparisonColumns.map((col) => {
                const cell = comparisonCell(c, col, locale);
                return (
                  <td key={col} data-label={t(col)}>
                    {cell.text}
                    <Attribution text={cell.via} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
