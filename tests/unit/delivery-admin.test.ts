// The browser editor's own headers (lib/delivery.ts adminHeaders) in every
// host's config: /admin/ gets its CSP, every other path keeps the site's, and
// a build without the editor (SITE_EDITOR=off) has no trace of it.
import { describe, expect, it } from 'vitest';
import { adminHeaders, contentSecurityPolicy, securityHeaders } from '@/lib/delivery';
import { adminContentSecurityPolicy, editorEnabled } from '@/lib/editor/admin-page';
import { nginxSiteConfig } from '@/scripts/build/export/nginx-config';
import { cloudflareHeadersFile, netlifyHeadersFile } from '@/scripts/build/export/static-host-config';
import { locationsOf, parseNginx } from './helpers/nginx-parse';

const sections = ['case-studies', 'deployment'];
const csp = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

/** _headers as [path, lines] in file order (Cloudflare's `! Name` lines kept). */
function rules(text: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('/')) out.push([line.trim(), []]);
    else out.at(-1)![1].push(line.trim());
  }
  return out;
}

describe('the editor at /admin/', () => {
  it('has a policy of its own: no eval, scripts from the site only, GitHub as the one other origin', () => {
    const policy = csp(adminContentSecurityPolicy());
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    const origins = Object.values(policy)
      .flat()
      .filter((v) => v.startsWith('https:'));
    expect(origins).toEqual(['https://api.github.com']);
    expect(adminContentSecurityPolicy()).not.toMatch(/unsafe-eval|cdn|unpkg|jsdelivr/);
    expect(adminHeaders()['X-Robots-Tag']).toBe('noindex, nofollow');
    // The public pages' policy is not loosened by it.
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
    expect(securityHeaders()['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });

  it('nginx: /admin/ sends the editor headers, every other location the site headers', () => {
    const config = nginxSiteConfig({ sections, admin: true });
    const locations = locationsOf(parseNginx(config));
    const admin = locations.filter((l) => l.args.join(' ').includes('/admin'));
    expect(admin.map((l) => l.args.join(' '))).toEqual(['= /admin', '^~ /admin/']);
    for (const l of locations) {
      const sent = Object.fromEntries(l.directives.filter((d) => d.name === 'add_header').map((d) => [d.args[0], d.args[1]]));
      if (!sent['Content-Security-Policy']) continue;
      const expected = admin.includes(l) ? adminContentSecurityPolicy() : contentSecurityPolicy();
      expect(sent['Content-Security-Policy'], l.args.join(' ')).toBe(expected);
    }
    // /admin/ is not folded into /admin like page URLs with a slash.
    expect(config).toContain('rewrite ^/((?!admin/$).+)/$ /$1 permanent;');
    expect(nginxSiteConfig({ sections })).not.toContain('/admin');
  });

  it('Netlify: a later /admin/* rule (the later rule wins); Cloudflare: the site’s CSP detached first (it joins values)', () => {
    const netlify = rules(netlifyHeadersFile({ sections, admin: true }));
    const at = netlify.findIndex(([p]) => p === '/admin/*');
    expect(at).toBeGreaterThan(netlify.findIndex(([p]) => p === '/*'));
    expect(netlify[at][1]).toContain(`Content-Security-Policy: ${adminContentSecurityPolicy()}`);
    const cloudflare = rules(cloudflareHeadersFile({ sections, admin: true }));
    const lines = cloudflare.find(([p]) => p === '/admin/*')![1];
    expect(lines.indexOf('! Content-Security-Policy')).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('! Content-Security-Policy')).toBeLessThan(
      lines.indexOf(`Content-Security-Policy: ${adminContentSecurityPolicy()}`),
    );
    expect(netlifyHeadersFile({ sections })).not.toContain('/admin');
    expect(cloudflareHeadersFile({ sections })).not.toContain('/admin');
  });

  it('is built unless SITE_EDITOR says off', () => {
    expect(editorEnabled({})).toBe(true);
    for (const off of ['off', 'false', '0', 'no', 'OFF']) expect(editorEnabled({ SITE_EDITOR: off })).toBe(false);
  });
});
