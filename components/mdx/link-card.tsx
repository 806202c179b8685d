import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import type { ResourceKind } from '@/lib/resource-kinds';

/** A resource kind, 'page' for a page of this site, or 'docs' for a page of the Ray documentation. */
type Kind = ResourceKind | 'page' | 'docs';

/** A card linking to a page or an outside resource, labelled by its kind. */
export function LinkCard({
  locale,
  href,
  title,
  kind = 'page',
  children,
}: {
  locale: Locale;
  href: string;
  title: string;
  kind?: Kind;
  children?: ReactNode;
}) {
  const t = translatorFor(locale, 'Resources.kinds');
  const external = /^https?:\/\//.test(href);
  const body = (
    <>
      <span className="text-xs font-semibold uppercase tracking-wide text-brand">{t(kind)}</span>
      <span className="mt-1 block font-semibold text-fg group-hover:text-brand">
        {title}
        {external ? <span aria-hidden="true"> ↗</span> : null}
      </span>
      {children ? <span className="mt-1 block text-sm leading-relaxed text-muted">{children}</span> : null}
    </>
  );
  const cls =
    'not-prose group my-4 block rounded-card border border-border bg-bg p-4 transition-colors hover:border-brand hover:bg-surface';
  return (
    <a href={href} className={cls}>
      {body}
    </a>
  );
}
