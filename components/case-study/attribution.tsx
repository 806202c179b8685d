/**
 * The name of the third-party summary a fact comes from, shown right after
 * the fact (card, proof strip, facts panel, resource list). data-attribution
 * lets the e2e test find every one.
 */
export function Attribution({ text, as = 'span' }: { text?: string; as?: 'span' | 'dd' }) {
  if (!text) return null;
  const Tag = as;
  return (
    <Tag data-attribution="" className="mt-1 block text-xs text-muted">
      {text}
    </Tag>
  );
}
