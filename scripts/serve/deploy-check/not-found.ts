// 404s: unknown paths get their locale's 404 page with status 404, the 404
// pages' own URLs are no pages of their own, files that are not the site are
// not public, and bad input gets a 4xx.
import { localeRedirect, notFoundPages } from '@/lib/delivery';
import { check, checkSecurity, isRedirect, limited, uncached, type Context } from './context';

/** Text of each 404 page: the localized ones, and the bilingual one (both texts). */
const notFoundText = { zh: '页面未找到', en: 'Page not found' };

export async function checkNotFound(ctx: Context) {
  for (const [path, locale] of [
    ['/zh/__no-such-page', 'zh'],
    ['/en/__no-such-page', 'en'],
    ['/__no-such-page', null],
  ] as const) {
    const res = await ctx.get(path);
    const html = await res.text();
    checkSecurity(ctx, `${path} (404)`, res);
    check(ctx, `${path} answers 404`, res.status === 404, `status ${res.status}`);
    check(
      ctx,
      `${path} shows ${locale ? `the ${locale} 404 page` : 'the bilingual 404 page'}`,
      locale
        ? html.includes(notFoundText[locale]) && html.includes(`<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"`)
        : Object.values(notFoundText).every((t) => html.includes(t)),
    );
    check(ctx, `${path} is not cached`, uncached(res), res.headers.get('cache-control') ?? '(none)');
  }
}

/** `/404`, `/zh/404.html`…: a 404 (or a redirect to one), never the 404 page with 200. */
export async function checkNotFoundUrls(ctx: Context) {
  const pages = [notFoundPages.bilingual, ...localeRedirect.locales.map(notFoundPages.localized)];
  const urls = pages.flatMap((p) => [p, p.replace(/\.html$/, '')]);
  const soft: string[] = [];
  for (const url of urls) {
    let res = await ctx.get(url);
    if (isRedirect(res)) res = await ctx.get(new URL(res.headers.get('location') ?? '', ctx.base + url).pathname);
    if (res.status !== 404) soft.push(`${url} → ${res.status}`);
  }
  if (ctx.host.notFoundUrlsAre404)
    check(ctx, `the 404 pages' own URLs answer 404 (${urls.join(', ')})`, soft.length === 0, soft.join('; '));
  else if (soft.length)
    ctx.results.push({ name: `(${ctx.hostName} cannot make these 404s, see the README: ${soft.join('; ')})`, ok: true, detail: '' });
}

/** What is published is the site: no precompressed copies, no host rule files. */
export async function checkNotPublic(ctx: Context, pages: string[]) {
  const page = pages[0] ?? '/zh';
  for (const path of [`${page}.html.gz`, `${page}.html.br`]) {
    const res = await ctx.get(path);
    check(
      ctx,
      `${path} (a precompressed copy) is not public`,
      res.status === 404,
      `status ${res.status} ${res.headers.get('content-type') ?? ''}`,
    );
  }
  for (const path of ['/_headers', '/_redirects']) {
    const res = await ctx.get(path);
    check(ctx, `${path} (host rules) is not public`, res.status === 404, `status ${res.status}`, 'host-files');
  }
}

export async function checkBadInput(ctx: Context) {
  const del = await ctx.get('/zh', { method: 'DELETE' });
  check(ctx, 'DELETE on a page is refused (4xx)', del.status >= 400 && del.status < 500, `status ${del.status}`);
  if (limited(ctx, 'bad-url')) {
    check(ctx, '/%zz (malformed percent-encoding) gets a 4xx', false, 'not sent', 'bad-url');
    return;
  }
  for (const path of ['/%zz', '/zh/%zz', '/zh/%E0%A4%A']) {
    const res = await ctx.get(path);
    check(ctx, `${path} (malformed percent-encoding) gets a 4xx, not a 5xx`, res.status >= 400 && res.status < 500, `status ${res.status}`);
  }
}
