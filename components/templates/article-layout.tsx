import type { ReactNode } from 'react';
import type { TocEntry } from '@/lib/toc';
import { TableOfContents } from '@/components/layout/table-of-contents';

/**
 * Body column of a content page: prose on the left; on wide screens a sticky
 * "on this page" list (pages with 3+ ## headings) or another aside on the right.
 * `wide` (the home page): card grids use the full width, text keeps a
 * readable measure (`.article-wide` in globals.css).
 */
export function ArticleLayout({
  toc,
  aside,
  wide,
  children,
}: {
  toc?: TocEntry[];
  aside?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const showToc = (toc?.filter((e) => e.depth === 2).length ?? 0) >= 3;
  const side = aside ?? (showToc ? <TableOfContents entries={toc!} /> : null);
  return (
    <div
      className={
        side
          ? 'article-layout mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-14'
          : wide
            ? 'article-layout article-wide mx-auto max-w-6xl px-4 py-10 sm:px-6'
            : 'article-layout mx-auto max-w-6xl px-4 py-10 sm:px-6 [&>*]:max-w-4xl' /* no aside: one column of readable width, aligned with the header */
      }
    >
      {/* The aside comes first in the source, as it shows on phones: with
          order-first, a browser painting the page as it arrives drew the prose
          first and then pushed it down for the aside (layout shift). Wide
          screens place it right. */}
      {side ? (
        <aside className="lg:col-start-2 lg:row-start-1">
          <div className="lg:sticky lg:top-24">{side}</div>
        </aside>
      ) : null}
      <div className="min-w-0 lg:col-start-1 lg:row-start-1">{children}</div>
    </div>
  );
}
