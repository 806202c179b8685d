// After the first page (lib/delivery-navigation.ts): every page names the
// speculation rules in a Speculation-Rules header, the rules file is served
// as application/speculationrules+json, and a page asked with
// Accept: text/markdown answers its Markdown twin where the host negotiates
// (hosts[…].negotiatesMarkdown), else the HTML page as ever.
import { pageHeaders, speculationRules, speculationRulesPath, speculationRulesType } from '@/lib/delivery';
import { hasMarkdownTwin } from '@/lib/markdown/paths';
import { check, type Context } from './context';

/** What a page's response lacks of the headers every page gets (Speculation-Rules; Vary: Accept where negotiated). */
export function pageHeaderProblems(ctx: Context, res: Response): string[] {
  const problems: string[] = [];
  const rules = pageHeaders(false)['Speculation-Rules'];
  if (res.headers.get('speculation-rules') !== rules)
    problems.push(`Speculation-Rules ${res.headers.get('speculation-rules') ?? '(none)'}`);
  const vary = (res.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);
  if (ctx.host.negotiatesMarkdown && !vary.includes('accept'))
    problems.push(`Vary ${res.headers.get('vary') ?? '(none)'}, expected Accept`);
  return problems;
}

const routeOf = (page: string) => '/' + page.split('/').slice(2).join('/');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

export async function checkNavigation(ctx: Context, pages: string[]) {
  const res = await ctx.get(speculationRulesPath);
  const body = await res.text();
  check(ctx, `${speculationRulesPath} answers 200`, res.status === 200, `status ${res.status}`);
  check(
    ctx,
    `${speculationRulesPath}: ${speculationRulesType}`,
    (res.headers.get('content-type') ?? '').startsWith(speculationRulesType),
    res.headers.get('content-type') ?? '(none)',
    'file-headers',
  );
  let same = false;
  try {
    same = JSON.stringify(JSON.parse(body)) === JSON.stringify(speculationRules());
  } catch {}
  check(ctx, `${speculationRulesPath}: the rules of lib/delivery-navigation.ts`, same, body.slice(0, 80));

  const page = pages.find((p) => p.split('/').length > 2 && hasMarkdownTwin(routeOf(p)));
  if (!page) return;
  const twin = await (await ctx.get(`${page}.md`)).text();
  const asked = await ctx.get(page, { headers: { Accept: 'text/markdown, text/html;q=0.9' } });
  const text = await asked.text();
  const type = asked.headers.get('content-type') ?? '';
  if (ctx.host.negotiatesMarkdown) {
    check(
      ctx,
      `${page} with Accept: text/markdown: its twin, text/markdown; charset=utf-8, Vary: Accept`,
      asked.status === 200 &&
        type === 'text/markdown; charset=utf-8' &&
        text === twin &&
        /\baccept\b/i.test(asked.headers.get('vary') ?? ''),
      `${asked.status} ${type}, Vary ${asked.headers.get('vary') ?? '(none)'}${text === twin ? '' : ', not the twin'}`,
    );
  } else {
    // The README's host table: this host cannot choose by Accept, so the page stays HTML.
    check(
      ctx,
      `${page} with Accept: text/markdown: the HTML page (${ctx.hostName} does not negotiate)`,
      asked.status === 200 && /^text\/html/.test(type),
      `${asked.status} ${type}`,
    );
  }
  const browser = await ctx.get(page, { headers: { Accept: BROWSER_ACCEPT } });
  await browser.arrayBuffer();
  const html = browser.headers.get('content-type') ?? '';
  check(ctx, `${page} with a browser's Accept: HTML`, browser.status === 200 && /^text\/html/.test(html), `${browser.status} ${html}`);
  const search = pages.find((p) => !hasMarkdownTwin(routeOf(p)));
  if (search) {
    const r = await ctx.get(search, { headers: { Accept: 'text/markdown' } });
    await r.arrayBuffer();
    const t = r.headers.get('content-type') ?? '';
    check(
      ctx,
      `${search} (no twin) with Accept: text/markdown: the HTML page`,
      r.status === 200 && /^text\/html/.test(t),
      `${r.status} ${t}`,
    );
  }
}
