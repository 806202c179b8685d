// `/`, paths without a locale and `.html` URLs: where each host redirects, and
// that its redirects carry the security headers, Vary and no-store.
import { localeRedirect, negotiatedLocale } from '@/lib/delivery';
import { check, checkSecurity, isRedirect, locationPath, type Context } from './context';

/** Accept-Language headers and where they lead, by the policy's own negotiation. */
const languages = ['en-US,en;q=0.9', 'zh-CN,zh;q=0.9', 'fr-FR'];

/** The headers of a locale redirect: security headers, Vary where it negotiates, never cached. */
function checkRedirectHeaders(ctx: Context, what: string, res: Response, negotiates: boolean) {
  checkSecurity(ctx, what, res, 'redirect-headers');
  if (negotiates) {
    const vary = res.headers.get('vary') ?? '';
    check(ctx, `${what}: Vary: Accept-Language`, /accept-language/i.test(vary), `Vary: ${vary || '(none)'}`, 'redirect-headers');
  }
  const cache = res.headers.get('cache-control') ?? '';
  check(
    ctx,
    `${what}: Cache-Control: ${localeRedirect.cacheControl}`,
    cache.includes(localeRedirect.cacheControl),
    `Cache-Control: ${cache || '(none)'}`,
    'redirect-headers',
  );
}

export async function checkRoot(ctx: Context) {
  for (const lang of languages) {
    const res = await ctx.get('/', { headers: { 'accept-language': lang } });
    const what = `/ (Accept-Language: ${lang})`;
    if (ctx.host.negotiatesRoot) {
      const locale = negotiatedLocale(lang);
      check(
        ctx,
        `${what} redirects to /${locale} (${ctx.hostName} negotiates \`/\`)`,
        res.status === localeRedirect.status && locationPath(ctx, res) === `/${locale}`,
        isRedirect(res)
          ? `${res.status} to ${res.headers.get('location')}`
          : `status ${res.status}: a page, not a redirect (on Netlify: is the \`/\` rule forced with \`!\`? index.html exists)`,
      );
      checkRedirectHeaders(ctx, what, res, true);
    } else {
      const html = await res.text();
      checkSecurity(ctx, what, res);
      check(
        ctx,
        `${what} is the language-choice page (${ctx.hostName} does not negotiate)`,
        res.status === 200 && html.includes('data-locale="en"') && /http-equiv="refresh"/.test(html),
        `status ${res.status}`,
      );
    }
  }
}

/** A path without a locale ("/case-studies/spotify"): to the visitor's language, or the default one. */
export async function checkUnprefixed(ctx: Context, pages: string[]) {
  const path = pages.find((p) => p.split('/').length > 3)?.replace(/^\/[^/]+/, '') ?? '/deployment';
  for (const lang of languages) {
    const res = await ctx.get(path, { headers: { 'accept-language': lang } });
    const locale = ctx.host.negotiatesPaths ? negotiatedLocale(lang) : localeRedirect.defaultLocale;
    const what = `${path} (no locale; Accept-Language: ${lang})`;
    check(
      ctx,
      `${what} redirects to /${locale}${path}`,
      res.status === localeRedirect.status && locationPath(ctx, res) === `/${locale}${path}`,
      `${res.status} ${res.headers.get('location') ?? ''}`,
    );
    checkRedirectHeaders(ctx, what, res, ctx.host.negotiatesPaths);
  }
}

/** One URL per page: the `.html` URL of a page redirects to the page (where the host does it). */
export async function checkHtmlUrls(ctx: Context, pages: string[]) {
  if (!ctx.host.htmlUrlsRedirect) return;
  for (const path of [pages[0], pages.find((p) => p.split('/').length > 3)].filter((p): p is string => Boolean(p))) {
    const res = await ctx.get(`${path}.html`);
    check(
      ctx,
      `${path}.html redirects permanently to ${path}`,
      [301, 308].includes(res.status) && locationPath(ctx, res) === path,
      `${res.status} ${res.headers.get('location') ?? ''}`,
    );
    checkSecurity(ctx, `${path}.html (redirect)`, res, 'redirect-headers');
  }
}
