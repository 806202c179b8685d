/** Our own simple mark: three linked nodes (a cluster), drawn in currentColor. */
export function RayMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className} fill="none">
      <rect x="1" y="1" width="30" height="30" rx="8" className="fill-brand-soft" />
      <path d="M10 21.5 16 10l6 11.5H10z" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <circle cx="16" cy="10" r="3.2" fill="currentColor" />
      <circle cx="10" cy="21.5" r="3.2" fill="currentColor" />
      <circle cx="22" cy="21.5" r="3.2" fill="currentColor" />
    </svg>
  );
}
