// The security headers next.config.js declares: present for every path, and
// the CSP as strict as a static Next site allows. (The e2e suite checks what
// the server actually sends; this fails fast, before a build.)
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../next.config.js') as { poweredByHeader?: boolean; headers?: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };

async function headersForAllPaths() {
  const rules = (await config.headers?.()) ?? [];
  const all = rules.find((r) => r.source === '/:path*');
  expect(all, 'a rule for every path').toBeTruthy();
  return Object.fromEntries(all!.headers.map((h) => [h.key.toLowerCase(), h.value]));
}

function directives(csp: string) {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers in next.config.js', () => {
  it('turns X-Powered-By off', () => {
    expect(config.poweredByHeader).toBe(false);
  });

  it('sends HSTS, nosniff, frame denial, referrer and permissions policies', async () => {
    const h = await headersForAllPaths();
    expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'])?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(h['permissions-policy']).toContain(`${feature}=()`);
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('has a CSP with same-origin sources only and no eval', async () => {
    const csp = directives((await headersForAllPaths())['content-security-policy']);
    expect(csp['default-src']).toEqual(["'self'"]);
    // 'unsafe-inline' is needed for Next's inline RSC payload and our theme script (see README).
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    for (const [name, values] of Object.entries(csp)) {
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values, name).not.toContain('*');
      for (const v of values) expect(v, `${name} allows no other origin`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
    }
  });
});
