type Item = { href: string; title: string };

/** Previous / next links at the end of a series (case studies, pillars). */
export function Pager({
  previous,
  next,
  previousLabel,
  nextLabel,
}: {
  previous?: Item;
  next?: Item;
  previousLabel: string;
  nextLabel: string;
}) {
  if (!previous && !next) return null;
  const cls = 'group flex flex-col rounded-card border border-border p-4 hover:border-brand hover:bg-surface';
  return (
    <nav aria-label={`${previousLabel} / ${nextLabel}`} className="mt-12 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <a href={previous.href} rel="prev" className={cls}>
          <span className="text-sm text-muted">← {previousLabel}</span>
          <span className="mt-1 font-semibold text-fg group-hover:text-brand">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.href} rel="next" className={`${cls} sm:items-end sm:text-right`}>
          <span className="text-sm text-muted">{nextLabel} →</span>
          <span className="mt-1 font-semibold text-fg group-hover:text-brand">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
