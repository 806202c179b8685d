// The pages (from the deployment's own sitemap), their absolute links, and
// the files beside them: assets, share images, feeds.
import { cacheRules, pageMayLoadScript } from '@/lib/delivery';
import { check, checkSecurity, securityProblems, type Context } from './context';
import { pageHeaderProblems } from './navigation';

/** The origin a build made without SITE_URL writes into every link (lib/site.ts). */
export const unsetSiteUrl = 'http://localhost:3000';

/** Absolute URLs in a page's head that must use the site's origin: canonical, hreflang, og:url, og:image, feeds. */
export function headUrls(html: string): { what: string; url: string }[] {
  const urls: { what: string; url: string }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href || !rel) continue;
    if (rel === 'canonical') urls.push({ what: 'canonical', url: href });
    if (rel === 'alternate')
      urls.push({
        what: /hreflang="([^"]+)"/i.exec(tag)?.[1] ? `hreflang ${/hreflang="([^"]+)"/i.exec(tag)![1]}` : 'feed link',
        url: href,
      });
  }
  for (const [, prop, content] of html.matchAll(/<meta property="(og:url|og:image)" content="([^"]+)"/g))
    urls.push({ what: prop, url: content });
  return urls;
}

/** What is wrong with the site's own absolute URLs, given the origin they must use. */
export function originProblems(urls: { what: string; url: string }[], origin: string): string[] {
  return urls.filter(({ url }) => !url.startsWith(origin + '/') && url !== origin).map(({ what, url }) => `${what} ${url}`);
}

/** The message for links that point elsewhere, with how to rebuild when SITE_URL was not set. */
export function originHint(problems: string[], origin: string): string {
  const unset = problems.some((p) => p.includes(unsetSiteUrl));
  return (
    `${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3})` : ''}` +
    (unset
      ? ` — this build was made without SITE_URL. Rebuild with SITE_URL=${origin} npm run build and deploy again` +
        ` (or pass --site-url if ${origin} is not the public origin).`
      : ` — expected ${origin}; rebuild with SITE_URL=${origin}, or pass --site-url with the public origin.`)
  );
}

export async function checkPages(ctx: Context): Promise<string[]> {
  const sitemap = await ctx.get('/sitemap.xml');
  const xml = await sitemap.text();
  check(ctx, 'sitemap.xml answers 200', sitemap.status === 200, `status ${sitemap.status}`);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const sitemapLinks = [...locs, ...[...xml.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)].map((m) => m[1])];
  const pages = locs.map((u) => new URL(u).pathname);
  check(ctx, 'sitemap.xml lists pages', pages.length > 0, `${pages.length} pages`);
  const sitemapProblems = originProblems(
    sitemapLinks.map((url) => ({ what: 'sitemap', url })),
    ctx.origin,
  );
  check(
    ctx,
    `sitemap.xml: every <loc> and alternate uses ${ctx.origin}`,
    sitemapProblems.length === 0,
    originHint(sitemapProblems, ctx.origin),
  );

  let failures = 0;
  const linkProblems: string[] = [];
  for (const path of pages) {
    const res = await ctx.get(path);
    const cache = res.headers.get('cache-control') ?? '';
    const problems: string[] = [];
    if (res.status !== 200) problems.push(`status ${res.status}`);
    if (!/^text\/html/.test(res.headers.get('content-type') ?? '')) problems.push(`type ${res.headers.get('content-type')}`);
    problems.push(...securityProblems(res).map((h) => `header ${h}`), ...pageHeaderProblems(ctx, res));
    if (ctx.host.pageCacheControl ? cache !== ctx.host.pageCacheControl : /no-store|private/.test(cache))
      problems.push(`Cache-Control ${cache || '(none)'}`);
    if (res.headers.get('set-cookie')) problems.push('sets a cookie');
    const html = await res.text();
    for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) {
      if (!pageMayLoadScript(path, src)) problems.push(`loads a script file it may not: ${src}`);
    }
    const urls = headUrls(html);
    const canonical = urls.find((u) => u.what === 'canonical')?.url;
    if (canonical !== ctx.origin + path) linkProblems.push(`${path}: canonical ${canonical ?? '(none)'}`);
    linkProblems.push(
      ...originProblems(
        urls.filter((u) => u.what !== 'canonical'),
        ctx.origin,
      ).map((p) => `${path}: ${p}`),
    );
    if (problems.length) {
      failures++;
      check(ctx, `page ${path}`, false, problems.join('; '));
    }
  }
  check(
    ctx,
    `all ${pages.length} pages: 200, HTML, security headers, Speculation-Rules${ctx.host.negotiatesMarkdown ? ', Vary: Accept' : ''}, ${ctx.host.pageCacheControl ? `Cache-Control: ${ctx.host.pageCacheControl}` : 'cacheable'}, no cookie, no script files but the allowed ones`,
    failures === 0,
  );
  check(
    ctx,
    `all ${pages.length} pages: canonical, hreflang, og:url and og:image use ${ctx.origin}`,
    linkProblems.length === 0,
    originHint(linkProblems, ctx.origin),
  );
  return pages;
}

export async function checkFiles(ctx: Context, pages: string[]) {
  const home = await (await ctx.get(pages[0] ?? '/zh')).text();
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  const immutable = cacheRules.find((r) => r.paths.includes('/_next/static/*'))!.cacheControl;
  check(ctx, 'the first page links a stylesheet', css);
  if (css) {
    const res = await ctx.get(css);
    checkSecurity(ctx, css, res);
    check(
      ctx,
      `${css}: ${immutable}`,
      res.headers.get('cache-control') === immutable,
      res.headers.get('cache-control') ?? '(none)',
      'file-headers',
    );
  }
  const og = /<meta property="og:image" content="([^"]+)"/.exec(home)?.[1];
  check(ctx, 'the first page has an og:image', og);
  if (og) {
    const path = new URL(og).pathname;
    const res = await ctx.get(path);
    check(
      ctx,
      `${path}: a PNG`,
      res.status === 200 && res.headers.get('content-type') === 'image/png',
      `${res.status} ${res.headers.get('content-type')}`,
    );
  }
  for (const locale of ['zh', 'en']) {
    const res = await ctx.get(`/${locale}/feed.xml`);
    const xml = await res.text();
    check(ctx, `/${locale}/feed.xml answers 200`, res.status === 200, `status ${res.status}`);
    check(
      ctx,
      `/${locale}/feed.xml: an Atom feed`,
      /^application\/atom\+xml/.test(res.headers.get('content-type') ?? ''),
      res.headers.get('content-type') ?? '',
      'file-headers',
    );
    const ids = [...xml.matchAll(/<id>([^<]+)<\/id>/g), ...xml.matchAll(/<link\b[^>]*href="([^"]+)"/g)].map((m) => ({
      what: 'feed',
      url: m[1],
    }));
    const problems = originProblems(ids, ctx.origin);
    check(
      ctx,
      `/${locale}/feed.xml: ids and links use ${ctx.origin}`,
      ids.length > 0 && problems.length === 0,
      originHint(problems, ctx.origin),
    );
  }
}
