// `npm run audit:weight`: what each page costs a visitor, measured in the
// browser: bytes transferred by type (HTML, CSS, fonts, images, JavaScript)
// with an empty cache, as a phone would load it (412 px wide), compressed as
// the server sends it (br or gzip, precompressed by the build).
//
// Budgets (exits 1 over any): JavaScript ≤ 1 KB per page (inline scripts
// included: the site ships no framework code; the search pages ≤ 10 KB, their
// module), HTML ≤ 10 KB compressed, everything ≤ 100 KB.
//
// Needs a build; starts `npm start`'s nginx on 127.0.0.1:3301, or measures
// BASE_URL (any deployment). PAGES=/en,/zh/deployment for a subset.
import { chromium, type Browser } from 'playwright-core';
import { SEARCH_ROUTE } from '../../lib/routes';
import { byteBudget as budget, chromium as flags, chromiumPath, kb, pagePaths, startServer, table } from './site';

const jsBudget = (p: string) => (p.endsWith(SEARCH_ROUTE) ? budget.searchJs : budget.js);

/** Transfer size of each response (headers excluded), by resource type. */
async function measure(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const encoding = (await response?.allHeaders())?.['content-encoding'] ?? 'none';
  const data = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      url: new URL(e.name).pathname,
      type: e.initiatorType,
      bytes: e.encodedBodySize,
    }));
    const inline = [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
      .filter((s) => !s.type || /javascript|module/.test(s.type))
      .reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0);
    return { html: nav?.encodedBodySize ?? 0, htmlDecoded: nav?.decodedBodySize ?? 0, resources, inline };
  });
  await context.close();
  type Resource = (typeof data.resources)[number];
  const sum = (test: (r: Resource) => boolean) => data.resources.filter(test).reduce((n, r) => n + r.bytes, 0);
  const isFont = (r: Resource) => /\.(woff2?|ttf|otf)$/.test(r.url);
  const isCss = (r: Resource) => r.url.endsWith('.css');
  const isJs = (r: Resource) => r.type === 'script' || /\.m?js$/.test(r.url);
  const css = sum(isCss);
  const font = sum(isFont);
  const js = sum(isJs);
  const other = sum((r) => !isCss(r) && !isFont(r) && !isJs(r));
  return {
    status: response?.status(),
    encoding,
    html: data.html,
    htmlDecoded: data.htmlDecoded,
    css,
    font,
    other,
    js: js + data.inline, // inline scripts: uncompressed bytes in the HTML (also counted in html)
    scripts: data.resources.filter(isJs).length,
    total: data.html + css + font + other + js,
  };
}

const server = await startServer({ port: 3301 });
let exitCode = 0;
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags.args });
  const pages = process.env.PAGES ? process.env.PAGES.split(',') : await pagePaths();
  const rows = [];
  const over = [];
  const totals: Awaited<ReturnType<typeof measure>>[] = [];
  for (const p of pages) {
    const m = await measure(browser, server.url + p);
    totals.push(m);
    if (m.js > jsBudget(p)) over.push(`${p}: ${m.js} B of JavaScript (${m.scripts} script files)`);
    if (m.html > budget.html) over.push(`${p}: HTML ${kb(m.html)} KB compressed`);
    if (m.total > budget.total) over.push(`${p}: ${kb(m.total)} KB in all`);
    rows.push([
      p,
      m.status,
      m.encoding,
      `${kb(m.html)} (${kb(m.htmlDecoded)})`,
      kb(m.css),
      kb(m.font),
      kb(m.other),
      `${m.js} B`,
      kb(m.total),
    ]);
  }
  await browser.close();
  console.log(table(['page', 'status', 'encoding', 'HTML KB (raw)', 'CSS KB', 'font KB', 'images/other KB', 'JS', 'total KB'], rows));
  const range = (key: 'html' | 'total') => `${kb(Math.min(...totals.map((t) => t[key])))}–${kb(Math.max(...totals.map((t) => t[key])))}`;
  console.log(
    `\n${pages.length} pages, empty cache, bytes as transferred (without headers). HTML ${range('html')} KB, total ${range('total')} KB; JavaScript at most ${Math.max(...totals.map((t) => t.js))} B.`,
  );
  console.log(
    `Budgets: JavaScript ≤ ${budget.js} B (search pages ≤ ${kb(jsBudget(SEARCH_ROUTE))} KB), HTML ≤ ${kb(budget.html)} KB, total ≤ ${kb(budget.total)} KB.`,
  );
  if (over.length) {
    console.log(`Over budget:\n  ${over.join('\n  ')}`);
    exitCode = 1;
  }
} finally {
  await server.stop();
}
process.exit(exitCode);
