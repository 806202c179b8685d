import type { ReactNode } from 'react';

/** A diagram (or any illustration) with its caption. */
export function Figure({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <figure className="not-prose my-8 rounded-card border border-border bg-surface p-3 sm:p-6">
      {/* Diagrams are drawn 720 units wide: larger, their text would outgrow the prose. */}
      <div className="mx-auto max-w-[720px] overflow-hidden">{children}</div>
      {caption ? <figcaption className="mt-3 text-center text-sm leading-relaxed text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
