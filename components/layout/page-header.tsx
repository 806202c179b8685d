import type { ReactNode } from 'react';

type Props = {
  title: string;
  lead?: string;
  eyebrow?: ReactNode;
  breadcrumb?: ReactNode;
  children?: ReactNode;
};

/** Title block of every page except the home hero: the page's single <h1>. */
export function PageHeader({ title, lead, eyebrow, breadcrumb, children }: Props) {
  return (
    <div className="page-header border-b border-border bg-surface">
      <div className="mx-auto max-w-6xl px-4 pb-10 pt-8 sm:px-6 sm:pt-12">
        {breadcrumb}
        {eyebrow ? <p className="mb-3 text-sm font-semibold uppercase tracking-wide text-brand">{eyebrow}</p> : null}
        <h1 className="max-w-3xl text-3xl font-bold leading-tight tracking-tight text-fg text-balance sm:text-4xl">{title}</h1>
        {lead ? <p className="mt-4 max-w-2xl text-lg leading-relaxed text-muted text-pretty">{lead}</p> : null}
        {children}
      </div>
    </div>
  );
}
