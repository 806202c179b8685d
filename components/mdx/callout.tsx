import type { ReactNode } from 'react';

const styles = {
  tip: { box: 'border-brand/40 bg-brand-soft', icon: 'text-brand', glyph: 'M12 3a6 6 0 0 0-3.5 10.9V17h7v-3.1A6 6 0 0 0 12 3zM9.5 20h5' },
  note: { box: 'border-border bg-surface', icon: 'text-muted', glyph: 'M12 8h.01M11 12h1v5h1M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z' },
  warning: { box: 'border-accent/50 bg-accent-soft', icon: 'text-accent', glyph: 'M12 4 2.5 20h19L12 4zM12 10v4M12 17h.01' },
} as const;

/**
 * A highlighted box for tips, notes and warnings. A note, not a landmark:
 * as <aside> it would clash with the page's own aside (axe landmark-unique).
 */
export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof styles; title?: string; children: ReactNode }) {
  const s = styles[kind] ?? styles.note;
  return (
    <div role="note" className={`not-prose my-8 flex gap-3 rounded-card border p-5 ${s.box}`}>
      <svg
        viewBox="0 0 24 24"
        aria-hidden="true"
        className={`mt-0.5 h-5 w-5 shrink-0 ${s.icon}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={s.glyph} />
      </svg>
      <div className="min-w-0 leading-relaxed text-fg [&_a]:font-medium [&_a]:text-brand [&_a]:underline [&_a]:underline-offset-4 [&_p+p]:mt-2">
        {title ? <p className="mb-1 font-semibold">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
