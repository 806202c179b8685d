// The pages' Markdown twins and the llms.txt files (lib/markdown/): each
// answers 200 with the type, cache and robots headers of lib/delivery.ts
// (textFileHeaders) and the security headers; llms.txt lists a twin for
// every page but the search pages, with links on the site's origin.
import { routing } from '@/i18n/routing';
import { textFileHeaders } from '@/lib/delivery';
import { hasMarkdownTwin } from '@/lib/markdown/paths';
import { check, checkSecurity, type Context } from './context';
import { originHint, originProblems } from './pages';

/**
 * Headers that differ from what lib/delivery.ts says the file gets: its type
 * and robots header, or (`cache`) its Cache-Control, which netlify dev
 * overwrites (a known emulator difference, checked apart).
 */
function headerProblems(res: Response, path: string, cache = false): string[] {
  return Object.entries(textFileHeaders(path) ?? {})
    .filter(([k]) => (k === 'Cache-Control') === cache)
    .filter(([k, v]) => res.headers.get(k) !== v)
    .map(([k, v]) => `${k}: ${res.headers.get(k) ?? '(none)'}, expected ${v}`);
}

/** "/en/case-studies/spotify" → "/case-studies/spotify"; "/en" → "/". */
const routeOf = (page: string) => '/' + page.split('/').slice(2).join('/');

export async function checkTextFiles(ctx: Context, pages: string[]) {
  const lists = ['/llms.txt', ...routing.locales.flatMap((l) => [`/${l}/llms.txt`, `/${l}/llms-full.txt`])];
  let listed: string[] = [];
  for (const path of lists) {
    const res = await ctx.get(path);
    const text = await res.text();
    check(ctx, `${path} answers 200`, res.status === 200, `status ${res.status}`);
    const problems = headerProblems(res, path);
    check(ctx, `${path}: ${textFileHeaders(path)!['Content-Type']}`, problems.length === 0, problems.join('; '));
    const cache = headerProblems(res, path, true);
    check(ctx, `${path}: ${textFileHeaders(path)!['Cache-Control']}`, cache.length === 0, cache.join('; '), 'file-headers');
    checkSecurity(ctx, path, res);
    if (path === '/llms.txt') listed = [...text.matchAll(/\]\(([^)\s]+\.md)\)/g)].map((m) => m[1]);
  }

  const origin = originProblems(
    listed.map((url) => ({ what: 'llms.txt', url })),
    ctx.origin,
  );
  check(ctx, `/llms.txt: every link uses ${ctx.origin}`, origin.length === 0, originHint(origin, ctx.origin));
  const twins = pages.filter((p) => hasMarkdownTwin(routeOf(p))).map((p) => `${p}.md`);
  const paths = listed.map((url) => new URL(url).pathname);
  const missing = twins.filter((t) => !paths.includes(t));
  check(ctx, `/llms.txt lists a Markdown twin of each of ${twins.length} pages`, missing.length === 0, `missing: ${missing.join(', ')}`);

  const failures = { type: [] as string[], cache: [] as string[] };
  for (const path of twins) {
    const res = await ctx.get(path);
    const problems = res.status === 200 ? headerProblems(res, path) : [`status ${res.status}`];
    if (problems.length) failures.type.push(`${path}: ${problems.join(', ')}`);
    if (res.status === 200 && headerProblems(res, path, true).length) failures.cache.push(path);
  }
  const cacheControl = textFileHeaders(twins[0] ?? '.md')!['Cache-Control'];
  check(
    ctx,
    `all ${twins.length} Markdown twins: 200, text/markdown; charset=utf-8, X-Robots-Tag: noindex`,
    failures.type.length === 0,
    failures.type.slice(0, 3).join('; '),
  );
  check(ctx, `all ${twins.length} Markdown twins: ${cacheControl}`, failures.cache.length === 0, failures.cache.join(', '), 'file-headers');
  if (twins[0]) checkSecurity(ctx, twins[0], await ctx.get(twins[0]));
}
