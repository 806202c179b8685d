// The rules of `npm run check:deploy` (scripts/serve/deploy-check/), against
// stand-in deployments: each rule fails on the mistake it exists for.
import { describe, expect, it } from 'vitest';
import { hosts, localeRedirect, pageHeaders, securityHeaders, type HostName } from '@/lib/delivery';
import type { Context, Get } from '@/scripts/serve/deploy-check/context';
import { emulatorLimits } from '@/scripts/serve/deploy-check/emulator-limits';
import { checkPages } from '@/scripts/serve/deploy-check/pages';
import { checkRoot, checkUnprefixed } from '@/scripts/serve/deploy-check/redirects';
import { detectHost, parseArgs } from '@/scripts/serve/deploy-check/run';

type Route = { status?: number; headers?: Record<string, string>; body?: string };

/** A deployment that answers these routes (anything else: 404). */
const site =
  (routes: Record<string, Route>): Get =>
  async (path) => {
    const r = routes[path] ?? { status: 404 };
    return new Response(r.body ?? '', { status: r.status ?? 200, headers: r.headers });
  };

function context(hostName: HostName, get: Get, { origin = 'https://example.org', emulator = false } = {}): Context {
  return {
    base: 'http://127.0.0.1:9',
    origin,
    hostName,
    host: hosts[hostName],
    limits: emulator ? (emulatorLimits[hostName]?.limits ?? []) : [],
    get,
    results: [],
  };
}

const failed = (ctx: Context) => ctx.results.filter((r) => !r.ok && !r.known);
const languageChoicePage = '<html><meta http-equiv="refresh" content="0; url=/zh"><a data-locale="en" href="/en">English</a></html>';

describe('`/` on a host that negotiates', () => {
  it('fails Netlify serving out/index.html at `/` (the unforced rule), and says why', async () => {
    const ctx = context(
      'netlify',
      site({ '/': { headers: { ...securityHeaders(), 'content-type': 'text/html' }, body: languageChoicePage } }),
    );
    await checkRoot(ctx);
    const root = failed(ctx).find((r) => r.name.startsWith('/ (Accept-Language: en-US'));
    expect(root?.name).toContain('redirects to /en');
    expect(root?.detail).toMatch(/status 200: a page, not a redirect .*forced with `!`/);
  });

  it('passes the same page on Cloudflare, which does not negotiate', async () => {
    const ctx = context('cloudflare', site({ '/': { headers: securityHeaders(), body: languageChoicePage } }));
    await checkRoot(ctx);
    expect(failed(ctx)).toEqual([]);
  });

  it('passes nginx’s redirect by language, with its headers', async () => {
    const get: Get = async (_path, init) => {
      const lang = new Headers(init?.headers).get('accept-language') ?? '';
      const headers = {
        ...securityHeaders(),
        Location: lang.startsWith('en') ? '/en' : '/zh',
        Vary: 'Accept-Language',
        'Cache-Control': 'no-store',
      };
      return new Response('', { status: 302, headers });
    };
    const ctx = context('nginx', get);
    await checkRoot(ctx);
    expect(failed(ctx)).toEqual([]);
  });
});

describe('redirects carry the security headers, Vary and no-store', () => {
  const bare: Get = async (path, init) => {
    const lang = new Headers(init?.headers).get('accept-language') ?? '';
    return new Response('', { status: 302, headers: { Location: `/${lang.startsWith('en') ? 'en' : 'zh'}${path}` } });
  };

  it('fails a redirect with only a Location header', async () => {
    const ctx = context('nginx', bare);
    await checkUnprefixed(ctx, ['/zh/case-studies/spotify']);
    const names = failed(ctx).map((r) => r.name);
    expect(names).toContain('/case-studies/spotify (no locale; Accept-Language: en-US,en;q=0.9): security headers');
    expect(names).toContain('/case-studies/spotify (no locale; Accept-Language: en-US,en;q=0.9): Vary: Accept-Language');
    expect(names).toContain(
      `/case-studies/spotify (no locale; Accept-Language: en-US,en;q=0.9): Cache-Control: ${localeRedirect.cacheControl}`,
    );
  });

  it('reports the same as a known difference of netlify dev, with its reference, and still checks the target', async () => {
    const ctx = context('netlify', bare, { emulator: true });
    await checkUnprefixed(ctx, ['/zh/case-studies/spotify']);
    expect(failed(ctx)).toEqual([]);
    expect(ctx.results.filter((r) => r.known).length).toBeGreaterThan(0);
    const wrongTarget = context('netlify', async () => new Response('', { status: 302, headers: { Location: '/zh/deployment' } }), {
      emulator: true,
    });
    await checkUnprefixed(wrongTarget, ['/zh/case-studies/spotify']);
    expect(failed(wrongTarget).map((r) => r.name)).toContain(
      '/case-studies/spotify (no locale; Accept-Language: zh-CN,zh;q=0.9) redirects to /zh/case-studies/spotify',
    );
  });
});

describe('links use the origin checked', () => {
  const page = (origin: string) =>
    `<html><head><link rel="canonical" href="${origin}/zh"/><link rel="alternate" hrefLang="en" href="${origin}/en"/>` +
    `<meta property="og:image" content="${origin}/og/zh.png"/></head></html>`;
  const deployment = (origin: string) =>
    site({
      '/sitemap.xml': { body: `<urlset><url><loc>${origin}/zh</loc></url></urlset>` },
      '/zh': { headers: { ...securityHeaders(), ...pageHeaders(false), 'content-type': 'text/html' }, body: page(origin) },
    });

  it('fails a build made without SITE_URL (links at localhost), and says how to rebuild', async () => {
    const ctx = context('generic', deployment('http://localhost:3000'));
    await checkPages(ctx);
    const links = failed(ctx).find((r) => r.name.includes('canonical, hreflang'));
    expect(links?.detail).toContain('/zh: canonical http://localhost:3000/zh');
    expect(links?.detail).toContain('this build was made without SITE_URL. Rebuild with SITE_URL=https://example.org npm run build');
    expect(failed(ctx).map((r) => r.name)).toContain('sitemap.xml: every <loc> and alternate uses https://example.org');
  });

  it('passes links at the origin, and at the one given with --site-url', async () => {
    const ctx = context('generic', deployment('https://example.org'));
    await checkPages(ctx);
    expect(failed(ctx)).toEqual([]);
    const local = context('generic', deployment('http://localhost:3000'), { origin: 'http://localhost:3000' });
    await checkPages(local);
    expect(failed(local)).toEqual([]);
  });
});

describe('command line', () => {
  it('reads the host, the emulator flag and the site URL, and refuses a bad host', () => {
    expect(parseArgs(['--host', 'netlify', '--emulator', '--site-url', 'https://example.org/', 'http://127.0.0.1:8888/'])).toEqual({
      base: 'http://127.0.0.1:8888',
      host: 'netlify',
      emulator: true,
      siteUrl: 'https://example.org/',
    });
    expect(parseArgs(['--host', 'vercel', 'https://example.org'])).toMatch(/--host must be one of nginx, netlify, cloudflare, generic/);
    expect(parseArgs([])).toMatch(/a base URL is needed/);
    expect(parseArgs(['--site-url', 'https://example.org/path', 'https://example.org'])).toMatch(/must be an origin/);
  });

  it('detects the host from its own headers, else generic', () => {
    const res = (headers: Record<string, string>) => new Response('', { headers });
    expect(detectHost(res({ server: 'nginx' }))).toBe('nginx');
    expect(detectHost(res({ server: 'Netlify' }))).toBe('netlify');
    expect(detectHost(res({ 'cf-ray': '8f00aa11bb22cc33-AMS' }))).toBe('cloudflare');
    expect(detectHost(res({}))).toBe('generic');
  });
});
