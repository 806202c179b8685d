// "Did you mean": the existing pages (or headings) an author most likely meant
// by a link that does not resolve. A slug is compared word by word, not only
// letter by letter: `shopify` or `merlin` finds `shopify-merlin`, `deploy`
// finds `deployment`, and a small typo (`spotfy`) still finds `spotify`.
// A candidate that shares no word and is more than a small typo away is never
// suggested (`shopify` must not find `spotify`).

/** Edit distance counting a swap of two neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** A small typo: one edit up to 9 letters, two from 10 (`shopify`/`spotify` are two edits apart: not a typo). */
export const isSmallTypo = (a: string, b: string) => editDistance(a, b) <= (Math.max(a.length, b.length) >= 10 ? 2 : 1);

const words = (slug: string) =>
  slug
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter(Boolean);

/** How likely `wanted` means `candidate` (both one slug or heading id); 0 = not at all. */
export function likeness(wanted: string, candidate: string): number {
  const w = wanted.toLowerCase();
  const c = candidate.toLowerCase();
  if (w === c) return 4;
  if (isSmallTypo(w, c)) return 3 - editDistance(w, c) / 10;
  const mine = words(w);
  const theirs = words(c);
  // A whole word in common (`merlin` in `shopify-merlin`), or a word typed with a small typo.
  const shared = mine.filter((m) => theirs.some((t) => t === m || (m.length >= 5 && isSmallTypo(m, t)))).length;
  if (shared > 0) return 2 + shared / Math.max(mine.length, theirs.length);
  // The start of the slug or of one of its words (`deploy` → `deployment`).
  if (w.length >= 3 && (c.startsWith(w) || theirs.some((t) => t.startsWith(w)))) return 1 + w.length / c.length;
  return 0;
}

/** At most `max` of `candidates`, best first, that `wanted` likely means. */
export function rankLikely(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  return [...candidates]
    .map((c, order) => ({ c, order, score: likeness(wanted, c) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((x) => x.c);
}

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const parent = (url: string) => url.slice(0, url.lastIndexOf('/'));

/**
 * Existing page URLs (`/en/case-studies/shopify-merlin`) that the missing `/en/…` URL most likely means:
 * the same locale only, its slug compared with each page's slug, pages in the same section first.
 */
export function suggestRoutes(wanted: string, pageUrls: Iterable<string>, max = 3): string[] {
  const locale = wanted.split('/')[1];
  const slug = lastSegment(wanted);
  const scored = [...pageUrls]
    .filter((u) => u.split('/')[1] === locale && u !== `/${locale}`)
    .map((u, order) => ({ u, order, score: likeness(slug, lastSegment(u)) + (parent(u) === parent(wanted) ? 0.5 : 0) }))
    .filter((x) => x.score > 0.5);
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((x) => x.u);
}

/** "a", "a or b", "a, b or c" */
export const orList = (items: string[], or = 'or') =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
