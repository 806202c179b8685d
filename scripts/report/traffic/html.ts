// The HTML page of `npm run report:traffic`: the figures as tables, one file,
// no script, beside GoAccess's report (goaccess.html).
import type { TrafficFigures } from './figures';

const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function table(title: string, note: string, head: string[], rows: unknown[][]): string {
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c, i) => (i ? `<td class="n">${esc(c)}</td>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${head.length}">none</td></tr>`;
  return `<h2>${esc(title)}</h2>\n<p>${esc(note)}</p>\n<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function reportHtml(f: TrafficFigures, source: { files: string[]; lines: number; unparsed: number }): string {
  const byLocale = new Map<string, number>();
  for (const p of f.pages) byLocale.set(p.locale, (byLocale.get(p.locale) ?? 0) + p.views);
  const nothing = f.searches.filter((s) => s.found === 0);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What is read</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;margin-bottom:1rem}td,th{border-bottom:1px solid #ddd;padding:.2rem .8rem;text-align:left}.n{text-align:right}</style></head><body>
<h1>What is read</h1>
<p>${esc(source.lines)} log lines from ${esc(source.files.join(', '))}${source.unparsed ? `, ${esc(source.unparsed)} in another format (skipped)` : ''}.
Requests by people: ${esc(f.crawlers.people)}; by crawlers: ${esc(f.crawlers.crawlers.reduce((n, c) => n + c.hits, 0))}; prefetches: ${esc(f.prefetches.total)} (not counted as views).
All requests, by day, browser and more: <a href="goaccess.html">GoAccess's report</a>.</p>
${table('Views by language', 'Pages people opened (no crawler, no prefetch).', ['language', 'views'], [...byLocale])}
${table(
  'Views by page',
  '',
  ['page', 'views'],
  f.pages.map((p) => [p.path, p.views]),
)}
${table(
  'Referrers',
  'Other sites people came from.',
  ['origin', 'visits'],
  f.referrers.map((r) => [r.origin, r.hits]),
)}
${table(
  'Not found (404)',
  'With the pages that link to them: dead inbound links.',
  ['path', 'hits', 'linked from'],
  f.notFound.map((n) => [n.path, n.hits, n.referrers.join(' ') || '—']),
)}
${table(
  'Searches that found nothing',
  "Counted with the site's own search over the last build's index.",
  ['query', 'language', 'times'],
  nothing.map((s) => [s.query, s.locale, s.count]),
)}
${table(
  'Searches',
  'Queries sent to the search page (the header field, or the form without JavaScript).',
  ['query', 'language', 'times', 'results'],
  f.searches.map((s) => [s.query, s.locale, s.count, s.found ?? '?']),
)}
${table(
  'Markdown and llms.txt',
  'file: a .md URL; accept: a page asked with Accept: text/markdown; llms: the llms.txt files.',
  ['path', 'how', 'reads'],
  f.markdown.map((m) => [m.path, m.how, m.hits]),
)}
${table(
  'Crawlers',
  'By user agent; AI crawlers named.',
  ['crawler', 'AI', 'requests'],
  f.crawlers.crawlers.map((c) => [c.name, c.ai ? 'yes' : '', c.hits]),
)}
${table(
  'Prefetches',
  'Pages fetched while a visitor hovered a link (Sec-Purpose: prefetch).',
  ['page', 'prefetches'],
  f.prefetches.pages.map((p) => [p.path, p.hits]),
)}
</body></html>
`;
}
