// The delivery policy (lib/delivery.ts) and the host configs written from it:
// the nginx config that `npm start` runs, and the _headers/_redirects of
// Netlify and of Cloudflare Pages. They must carry the same headers and rules. (The e2e
// suite checks what nginx actually sends.)
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  acceptLanguagePattern,
  allowedInlineScripts,
  cacheRules,
  contentSecurityPolicy,
  expandLocales,
  negotiatedLocale,
  pageCacheControl,
  pageHeaders,
  securityHeaders,
  textFileHeaders,
  unprefixedSections,
} from '@/lib/delivery';
import { headScript, localeChoiceScript } from '@/lib/inline-scripts';
import { nginxSiteConfig } from '@/scripts/build/export/nginx-config';
import {
  cloudflareHeadersFile,
  cloudflareRedirectsFile,
  netlifyHeadersFile,
  netlifyRedirectsFile,
} from '@/scripts/build/export/static-host-config';
import { parseNginx, locationsOf, type NginxBlock } from './helpers/nginx-parse';

const sections = ['case-studies', 'deployment', 'resources', 'why-ray'];

function directives(csp: string) {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it('send HSTS, nosniff, frame denial, referrer, permissions and opener policies', () => {
    const h = securityHeaders();
    expect(Number(/max-age=(\d+)/.exec(h['Strict-Transport-Security'])?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(h['Permissions-Policy']).toContain(`${feature}=()`);
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('have a CSP with same-origin sources, the inline scripts by hash, no unsafe-inline or eval', () => {
    const csp = directives(contentSecurityPolicy());
    const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(csp['script-src']).toEqual(["'self'", sha256(headScript), sha256(localeChoiceScript)]);
    expect(Object.values(allowedInlineScripts)).toEqual([headScript, localeChoiceScript]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    for (const [name, values] of Object.entries(csp)) {
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values, name).not.toContain("'unsafe-inline'");
      for (const v of values) expect(v, `${name} allows no other origin`).toMatch(/^('self'|'none'|data:|'sha256-[A-Za-z0-9+/]{43}=')$/);
    }
  });
});

describe('language negotiation', () => {
  const cases: [string | undefined, 'zh' | 'en'][] = [
    ['en-US,en;q=0.9', 'en'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['fr', 'zh'],
    ['fr-FR, en;q=0.5', 'en'],
    ['de, zh-TW;q=0.8, en;q=0.7', 'zh'],
    ['english', 'zh'],
    ['enx, en-AU', 'en'],
    ['*', 'zh'],
    ['', 'zh'],
    [undefined, 'zh'],
    [';;;q=abc,,,*-*-*,zh-;q=2,<x>', 'zh'],
  ];
  for (const [header, locale] of cases) {
    it(`${JSON.stringify(header)} → ${locale}`, () => expect(negotiatedLocale(header)).toBe(locale));
  }

  it('uses a pattern nginx can read (no unescaped quote, no newline escape)', () => {
    const pattern = acceptLanguagePattern('en');
    expect(pattern).not.toMatch(/["\n]|\\[ntr]/);
    expect(() => new RegExp(pattern, 'i')).not.toThrow();
  });
});

describe('unprefixedSections', () => {
  it('lists the top-level sections of the routes, once each', () => {
    expect(unprefixedSections(['/', '/why-ray', '/why-ray/open', '/deployment', '/case-studies/x'])).toEqual([
      'case-studies',
      'deployment',
      'why-ray',
    ]);
  });
});

/** `add_header` lines of a block, as a header map. */
function addedHeaders(block: NginxBlock): Record<string, string> {
  return Object.fromEntries(block.directives.filter((d) => d.name === 'add_header').map((d) => [d.args[0], d.args[1]]));
}

/** _headers file as path → headers. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('/')) rules.set(line.trim(), (current = {}));
    else {
      const i = line.indexOf(':');
      current![line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

describe('host configs', () => {
  const pages = ['/zh', '/zh/deployment', '/en', '/en/deployment'];
  const textFiles = ['/llms.txt', '/en/llms.txt', '/en/llms-full.txt', '/en.md', '/zh/deployment.md'];
  const nginx = parseNginx(nginxSiteConfig({ sections, textFiles }));
  const locations = locationsOf(nginx);
  const rows = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
  const staticHosts = {
    netlify: {
      headers: parseHeadersFile(netlifyHeadersFile({ sections, textFiles })),
      redirects: rows(netlifyRedirectsFile({ sections, pages })),
    },
    cloudflare: {
      headers: parseHeadersFile(cloudflareHeadersFile({ sections, textFiles })),
      redirects: rows(cloudflareRedirectsFile({ sections })),
    },
  };

  it('send the same security headers from every nginx location and from both _headers', () => {
    const expected = securityHeaders();
    // …plus Speculation-Rules, which browsers read on pages only (lib/delivery-navigation.ts).
    for (const host of Object.values(staticHosts)) expect(host.headers.get('/*')).toEqual({ ...expected, ...pageHeaders(false) });
    expect(locations.length).toBeGreaterThan(10);
    for (const location of locations) {
      if (location.directives.some((d) => d.name === 'return' && d.args[0] === '404')) continue; // answered by the 404 page's location
      const sent = addedHeaders(location);
      for (const [name, value] of Object.entries(expected)) expect(sent[name], `${location.args.join(' ')}: ${name}`).toBe(value);
    }
    // …and on responses nginx makes before it picks a location (405, 400, 414).
    const serverLevel = addedHeaders(nginx);
    for (const [name, value] of Object.entries(expected)) expect(serverLevel[name], name).toBe(value);
    expect(serverLevel.Allow).toBe('GET, HEAD');
  });

  it('serve the Markdown twins and llms.txt files with their type, lifetime and robots header everywhere', () => {
    expect(textFileHeaders('/en.md')).toEqual({
      'Content-Type': 'text/markdown; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'X-Robots-Tag': 'noindex',
    });
    expect(textFileHeaders('/llms.txt')).toEqual({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
    expect(textFileHeaders('/en/llms-full.txt')?.['X-Robots-Tag']).toBe('noindex');
    expect(textFileHeaders('/robots.txt')).toBeUndefined();
    for (const path of textFiles) {
      const { 'Content-Type': type, ...rest } = textFileHeaders(path)!;
      for (const [name, host] of Object.entries(staticHosts))
        expect(host.headers.get(path), `${name} _headers ${path}`).toEqual({ 'Content-Type': type, ...rest });
      const location = locations.find((l) => l.args.join(' ') === `= ${path}`);
      expect(location, `nginx location for ${path}`).toBeTruthy();
      // nginx: the type without its charset (charset_types adds it), the rest as headers.
      expect(location!.directives.find((d) => d.name === 'default_type')?.args).toEqual([type.replace(/;.*/, '')]);
      const sent = addedHeaders(location!);
      for (const [name, value] of Object.entries(rest)) expect(sent[name], `nginx ${path}: ${name}`).toBe(value);
    }
    expect(nginx.directives.find((d) => d.name === 'charset_types')?.args).toContain('text/markdown');
  });

  it('give files the same lifetimes in nginx and in both _headers', () => {
    for (const rule of cacheRules) {
      for (const path of rule.paths.flatMap(expandLocales)) {
        for (const [name, host] of Object.entries(staticHosts))
          expect(host.headers.get(path)?.['Cache-Control'], `${name} _headers ${path}`).toBe(rule.cacheControl);
        const match = path.endsWith('/*') ? ['^~', path.slice(0, -1)] : ['=', path];
        const location = locations.find((l) => l.args.join(' ') === match.join(' '));
        expect(location, `nginx location for ${path}`).toBeTruthy();
        expect(addedHeaders(location!)['Cache-Control'], `nginx ${path}`).toBe(rule.cacheControl);
      }
    }
    // The search module and indexes have hashed names: cached for good, like Next's assets.
    const search = cacheRules.find((r) => r.paths.includes('/assets/search/*'));
    expect(search?.cacheControl).toBe('public, max-age=31536000, immutable');
    // Pages: nginx sends the page policy; the static hosts keep their own (revalidate, purge on deploy).
    expect(addedHeaders(locations.find((l) => l.args.join(' ') === '/')!)['Cache-Control']).toBe(pageCacheControl);
    for (const host of Object.values(staticHosts)) expect(host.headers.get('/*')!['Cache-Control']).toBeUndefined();
  });

  it('redirect `/` and paths without a locale alike: nginx by Accept-Language, Netlify with forced language rules first', () => {
    const root = locations.find((l) => l.args.join(' ') === '= /')!;
    expect(root.directives.find((d) => d.name === 'return')?.args).toEqual(['302', '/$site_locale$is_args$args']);
    const sectionLocation = locations.find((l) => l.args[0] === '~')!;
    const regex = new RegExp(sectionLocation.args[1]);
    const netlify = staticHosts.netlify.redirects;
    for (const s of sections) {
      expect(regex.test(`/${s}`) && regex.test(`/${s}/x`), s).toBe(true);
      expect(netlify, s).toContainEqual([`/${s}`, `/en/${s}`, '302', 'Language=en']);
      expect(netlify, s).toContainEqual([`/${s}/*`, `/zh/${s}/:splat`, '302']);
      expect(staticHosts.cloudflare.redirects, s).toContainEqual([`/${s}/*`, `/zh/${s}/:splat`, '302']);
      // Netlify takes the first match: the language rule must come before the default.
      const lines = netlify.map((r) => r.join(' '));
      expect(lines.indexOf(`/${s} /en/${s} 302 Language=en`)).toBeLessThan(lines.indexOf(`/${s} /zh/${s} 302`));
      // Redirects are never cached, and on Netlify they vary by language.
      expect(staticHosts.netlify.headers.get(`/${s}`)).toEqual({ Vary: 'Accept-Language', 'Cache-Control': 'no-store' });
      expect(staticHosts.cloudflare.headers.get(`/${s}/*`)).toEqual({ 'Cache-Control': 'no-store' });
    }
    expect(regex.test('/zh/why-ray') || regex.test('/nope') || regex.test('/why-rays')).toBe(false);
    // `/` on Netlify: forced (`!`), or out/index.html would be served instead; Cloudflare has no rule (the language-choice page).
    expect(netlify.filter((r) => r[0] === '/')).toEqual([
      ['/', '/en', '302!', 'Language=en'],
      ['/', '/zh', '302!'],
    ]);
    expect(staticHosts.netlify.headers.get('/')).toEqual({ Vary: 'Accept-Language', 'Cache-Control': 'no-store' });
    expect(staticHosts.cloudflare.redirects.filter((r) => r[0] === '/')).toEqual([]);
    // Cloudflare skips lines with conditions: none are written for it.
    expect(staticHosts.cloudflare.redirects.every((r) => r.length === 3)).toBe(true);
    // nginx's negotiation is the pattern the policy tests above check.
    expect(root.directives.find((d) => d.name === 'if')?.args.join(' ')).toContain(acceptLanguagePattern('en'));
  });

  it('answer unknown paths and the 404 pages’ own URLs with 404, in nginx and Netlify', () => {
    const netlify = staticHosts.netlify.redirects;
    for (const locale of ['zh', 'en']) {
      const block = locations.find((l) => l.args.join(' ') === `^~ /${locale}/`)!;
      expect(block.directives.find((d) => d.name === 'error_page')?.args).toEqual(['404', `/${locale}/404.html`]);
      expect(netlify).toContainEqual([`/${locale}/*`, `/${locale}/404.html`, '404']);
      expect(netlify).toContainEqual([`/${locale}/404`, `/${locale}/404.html`, '404!']);
      expect(netlify).toContainEqual([`/${locale}/404.html`, `/${locale}/404.html`, '404!']);
      expect(locations.find((l) => l.args.join(' ') === `= /${locale}/404.html`)?.directives[0].name).toBe('internal');
    }
    expect(netlify).toContainEqual(['/404', '/404.html', '404!']);
    expect(netlify).toContainEqual(['/_redirects', '/404.html', '404!']);
    expect(nginx.directives.find((d) => d.name === 'error_page')?.args).toEqual(['404', '/404.html']);
  });

  it('redirect `.html` URLs to the page: nginx by pattern, Netlify page by page', () => {
    const pattern = '^(/(?!index\\.html$).+)\\.html$';
    for (const match of ['/', '^~ /zh/', '^~ /en/']) {
      const rewrites = locations.find((l) => l.args.join(' ') === match)!.directives.filter((d) => d.name === 'rewrite');
      expect(
        rewrites.map((d) => d.args),
        match,
      ).toEqual([[pattern, '$1', 'permanent']]);
    }
    const rewrite = new RegExp(pattern);
    expect('/zh/deployment.html'.replace(rewrite, '$1')).toBe('/zh/deployment');
    expect('/zh.html'.replace(rewrite, '$1')).toBe('/zh');
    // The language-choice page stays reachable where `/` redirects.
    expect(rewrite.test('/index.html')).toBe(false);
    expect(staticHosts.netlify.redirects.some((r) => r[0] === '/index.html')).toBe(false);
    for (const page of pages) expect(staticHosts.netlify.redirects).toContainEqual([`${page}.html`, page, '301!']);
  });

  it('allow only GET and HEAD in nginx, and hide the server version', () => {
    const methods = nginx.directives.find((d) => d.name === 'if' && d.args[0].includes('$request_method'));
    expect(methods?.args.join(' ')).toContain('!~ ^(GET|HEAD)$');
    expect(methods?.block?.directives[0]).toMatchObject({ name: 'return', args: ['405'] });
    expect(nginx.directives.find((d) => d.name === 'server_tokens')?.args).toEqual(['off']);
  });
});
