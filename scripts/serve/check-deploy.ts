// `npm run check:deploy -- <base-url>`: checks a deployment of the site — any
// host — for what lib/delivery.ts promises: the security headers on pages,
// files, redirects and 404s; the cache lifetimes; `/` and paths without a
// locale; the 404 pages per locale; share images and feeds typed right; no
// cookies. Prints one line per check and exits 1 if any fails.
//
//   npm run check:deploy -- https://ray-ml.example.org
//   npm run check:deploy -- http://127.0.0.1:3000        (npm start)
//
// Pages come from the deployment's own sitemap.xml.
import { routing } from '../../i18n/routing';
import * as policy from '../../lib/delivery';

const base = (process.argv[2] ?? process.env.BASE_URL ?? '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: npm run check:deploy -- <base-url>   e.g. https://example.org or http://127.0.0.1:3000');
  process.exit(2);
}
const expected = policy.securityHeaders();
const localePrefix = new RegExp(`^/(${routing.locales.join('|')})/`);

const results: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: unknown, detail = '') => results.push({ name, ok: Boolean(ok), detail });
const get = (path: string, init: RequestInit = {}) => fetch(base + path, { redirect: 'manual', ...init });

function securityProblems(res: Response) {
  return Object.entries(expected)
    .filter(([k, v]) => res.headers.get(k) !== v)
    .map(([k]) => k);
}

function checkSecurity(what: string, res: Response) {
  const missing = securityProblems(res);
  check(`${what}: security headers`, missing.length === 0, missing.length ? `missing or different: ${missing.join(', ')}` : '');
  check(`${what}: no cookie`, !res.headers.get('set-cookie'));
}

// Pages, from the sitemap.
const sitemap = await get('/sitemap.xml');
check('sitemap.xml answers 200', sitemap.status === 200, `status ${sitemap.status}`);
const pages = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
check('sitemap.xml lists pages', pages.length > 0, `${pages.length} pages`);
let pageFailures = 0;
for (const path of pages) {
  const res = await get(path);
  const cache = res.headers.get('cache-control') ?? '';
  const problems = [];
  if (res.status !== 200) problems.push(`status ${res.status}`);
  if (!/^text\/html/.test(res.headers.get('content-type') ?? '')) problems.push(`type ${res.headers.get('content-type')}`);
  problems.push(...securityProblems(res).map((h) => `header ${h}`));
  if (/no-store|private/.test(cache)) problems.push(`Cache-Control ${cache}`);
  if (res.headers.get('set-cookie')) problems.push('sets a cookie');
  for (const [, src] of (await res.text()).matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) {
    if (!policy.pageMayLoadScript(path, src)) problems.push(`loads a script file it may not: ${src}`);
  }
  if (problems.length) {
    pageFailures++;
    check(`page ${path}`, false, problems.join('; '));
  }
}
check(
  `all ${pages.length} pages: 200, HTML, security headers, cacheable, no cookie, no script files but the allowed ones`,
  pageFailures === 0,
);

// `/`: a negotiated redirect, or the static language-choice page.
for (const [lang, locale] of [
  ['en-US,en;q=0.9', 'en'],
  ['zh-CN,zh;q=0.9', 'zh'],
]) {
  const res = await get('/', { headers: { 'accept-language': lang } });
  checkSecurity(`/ (${lang})`, res);
  if (res.status >= 300 && res.status < 400) {
    check(
      `/ (${lang}) redirects to /${locale}`,
      new URL(res.headers.get('location') ?? '', base).pathname === `/${locale}`,
      res.headers.get('location') ?? '',
    );
    check(
      `/ (${lang}) varies by Accept-Language and is not cached`,
      /accept-language/i.test(res.headers.get('vary') ?? '') &&
        /no-store|no-cache|private|max-age=0/.test(res.headers.get('cache-control') ?? ''),
    );
  } else {
    const html = await res.text();
    check(
      `/ (${lang}) is the language-choice page (this host does not negotiate)`,
      res.status === 200 && html.includes('data-locale="en"') && /http-equiv="refresh"/.test(html),
      `status ${res.status}`,
    );
  }
}
const unprefixed = pages.find((p) => p.split('/').length > 3)?.replace(/^\/[^/]+/, '') ?? '/deployment';
const moved = await get(unprefixed);
check(
  `${unprefixed} (no locale) redirects to a locale`,
  moved.status >= 300 && moved.status < 400 && localePrefix.test(new URL(moved.headers.get('location') ?? '/', base).pathname),
  `status ${moved.status}`,
);

// 404s.
const notFoundPages: [string, string | null, string][] = [
  ['/zh/__no-such-page', 'zh-CN', '页面未找到'],
  ['/en/__no-such-page', 'en', 'Page not found'],
  ['/__no-such-page', null, 'Page not found'],
];
for (const [path, lang, text] of notFoundPages) {
  const res = await get(path);
  const html = await res.text();
  checkSecurity(`${path} (404)`, res);
  check(`${path} answers 404`, res.status === 404, `status ${res.status}`);
  check(
    `${path} shows ${lang ? `the ${lang} 404 page` : 'the bilingual 404 page'}`,
    html.includes(text) && (lang ? html.includes(`<html lang="${lang}"`) : html.includes('页面未找到')),
  );
  check(
    `${path} is not cached`,
    /no-store|no-cache|private|max-age=0/.test(res.headers.get('cache-control') ?? ''),
    res.headers.get('cache-control') ?? '(none)',
  );
}

// Files.
const home = await (await get(pages[0] ?? '/zh')).text();
const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
if (css) {
  const res = await get(css);
  checkSecurity(css, res);
  check(
    `${css}: immutable for a year`,
    res.headers.get('cache-control') === 'public, max-age=31536000, immutable',
    res.headers.get('cache-control') ?? '',
  );
}
const og = /<meta property="og:image" content="([^"]+)"/.exec(home)?.[1];
if (og) {
  const res = await get(new URL(og).pathname);
  check(
    `${new URL(og).pathname}: a PNG`,
    res.status === 200 && res.headers.get('content-type') === 'image/png',
    `${res.status} ${res.headers.get('content-type')}`,
  );
}
const feed = await get('/zh/feed.xml');
check(
  '/zh/feed.xml: an Atom feed',
  feed.status === 200 && /^application\/atom\+xml/.test(feed.headers.get('content-type') ?? ''),
  `${feed.status} ${feed.headers.get('content-type')}`,
);

// Methods.
const trace = await get('/zh', { method: 'DELETE' });
check('DELETE on a page is refused (4xx)', trace.status >= 400 && trace.status < 500, `status ${trace.status}`);

const failed = results.filter((r) => !r.ok);
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.detail && !r.ok ? ` — ${r.detail}` : ''}`);
console.log(`\n${results.length - failed.length} of ${results.length} checks passed on ${base}.`);
process.exit(failed.length ? 1 : 0);
