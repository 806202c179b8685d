import { test, expect } from '@playwright/test';
import net from 'node:net';
import { baseURL } from '../../playwright.config';

// Malicious and malformed requests, sent as raw bytes (an HTTP client would
// normalize `..` and escape what we want to send as is). Each must get a 4xx
// or a normal page: never a 5xx, never a stack trace or server path, never the
// payload reflected unescaped.

type Raw = { status: number; headers: Record<string, string>; body: string };

/** One raw HTTP/1.1 exchange (Connection: close), chunked bodies decoded. */
function raw(request: string): Promise<Raw> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no HTTP response: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      let body = text.slice(split + 4);
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
        let out = '';
        let rest = body;
        for (;;) {
          const eol = rest.indexOf('\r\n');
          const size = parseInt(rest.slice(0, eol), 16);
          if (!size || eol < 0) break;
          out += rest.slice(eol + 2, eol + 2 + size);
          rest = rest.slice(eol + 2 + size + 2);
        }
        body = out;
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(body, 'latin1').toString('utf8') });
    });
    socket.write(request, 'latin1');
  });
}

const host = new URL(baseURL).host;
const req = (method: string, target: string, extra: string[] = [], body = '') =>
  [
    `${method} ${target} HTTP/1.1`,
    `Host: ${host}`,
    'Connection: close',
    ...extra,
    ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
    '',
    body,
  ].join('\r\n');

const xss = '<script>alert(1)</script>';
const svg = '"><svg onload=alert(1)>';
type Case = { name: string; request: string; payload?: string; expect?: (r: Raw) => void };

const is405 = (r: Raw) => {
  expect(r.status).toBe(405);
  expect(r.headers.allow).toBe('GET, HEAD');
};

const cases: Case[] = [
  // Path traversal, plain and encoded, on pages and on static files.
  { name: 'traversal /../../etc/passwd', request: req('GET', '/../../etc/passwd') },
  { name: 'traversal under a locale', request: req('GET', '/en/../../../etc/passwd') },
  { name: 'encoded traversal %2e%2e', request: req('GET', '/%2e%2e/%2e%2e/etc/passwd') },
  { name: 'encoded slashes ..%2f', request: req('GET', '/en/..%2f..%2f..%2fetc%2fpasswd') },
  { name: 'double-encoded traversal', request: req('GET', '/en/..%252f..%252fetc%252fpasswd') },
  { name: 'overlong UTF-8 traversal', request: req('GET', '/..%c0%af..%c0%afetc/passwd') },
  { name: 'static traversal to package.json', request: req('GET', '/_next/static/../../package.json') },
  { name: 'static encoded traversal', request: req('GET', '/_next/static/%2e%2e/%2e%2e/package.json') },
  { name: 'static traversal via chunks', request: req('GET', '/_next/static/chunks/..%2f..%2f..%2fnext.config.js') },
  { name: 'server file through _next', request: req('GET', '/_next/server/app/en.html') },
  { name: 'dotfile', request: req('GET', '/.env') },
  { name: 'NUL byte', request: req('GET', '/en/%00') },
  // Bad percent-encoding.
  { name: 'lone %', request: req('GET', '/en/%') },
  { name: 'truncated UTF-8 %E0%A4%A', request: req('GET', '/zh/%E0%A4%A') },
  { name: 'non-hex %ZZ in a slug', request: req('GET', '/zh/case-studies/%ZZ') },
  { name: 'bad encoding in _next', request: req('GET', '/_next/static/%') },
  { name: 'bad encoding in a file path', request: req('GET', '/en/x.%') },
  { name: 'bad encoding in the query', request: req('GET', '/en?q=%&r=%E0%A4%A') },
  // Overlong input.
  { name: 'overlong path (8 KB)', request: req('GET', '/en/' + 'a'.repeat(8000)) },
  { name: 'overlong path (64 KB)', request: req('GET', '/en/' + 'a/'.repeat(32_000)) },
  { name: 'overlong query (8 KB)', request: req('GET', '/en?q=' + 'x'.repeat(8000)) },
  { name: '2000 query parameters', request: req('GET', '/en?' + Array.from({ length: 2000 }, (_, i) => `p${i}=${i}`).join('&')) },
  // Unknown locales and slugs.
  { name: 'unknown locale', request: req('GET', '/fr/why-ray') },
  { name: 'unknown slug', request: req('GET', '/en/case-studies/does-not-exist') },
  { name: 'locale-like segment deep', request: req('GET', '/en/why-ray/seamless-dev-to-prod/extra') },
  // Script in path and query.
  { name: 'raw script in path', request: req('GET', `/en/why-ray/${xss}`), payload: xss },
  { name: 'encoded script in path', request: req('GET', `/en/${encodeURIComponent(xss)}`), payload: xss },
  { name: 'attribute breakout in path', request: req('GET', `/en/${encodeURIComponent(svg)}`), payload: svg },
  { name: 'raw script in query', request: req('GET', `/en?q=${xss}`), payload: xss },
  {
    name: 'encoded script in query',
    request: req('GET', `/zh/deployment?q=${encodeURIComponent(xss)}&_rsc=${encodeURIComponent(svg)}`),
    payload: xss,
  },
  { name: 'javascript: path', request: req('GET', '/javascript:alert(1)'), expect: (r) => expect(r.status).toBe(404) },
  // Methods other than GET on pages.
  {
    name: 'POST on a page',
    request: req('POST', '/en', ['Content-Type: application/x-www-form-urlencoded'], `q=${encodeURIComponent(xss)}`),
    payload: xss,
    expect: is405,
  },
  { name: 'PUT on a page', request: req('PUT', '/en/deployment', ['Content-Type: text/plain'], 'x'), expect: is405 },
  { name: 'DELETE on a page', request: req('DELETE', '/zh'), expect: is405 },
  { name: 'PATCH on a page', request: req('PATCH', '/zh/resources', ['Content-Type: application/json'], '{"a":1}'), expect: is405 },
  { name: 'OPTIONS on a page', request: req('OPTIONS', '/en'), expect: is405 },
  { name: 'TRACE on a page', request: req('TRACE', '/en'), expect: is405 },
  { name: 'TRACK on a page', request: req('TRACK', '/zh'), expect: is405 },
  { name: 'unknown method', request: req('FOO', '/en') },
  {
    name: 'POST with a bogus server action',
    request: req('POST', '/en', ['Next-Action: 0123456789abcdef0123456789abcdef01234567', 'Content-Type: text/plain;charset=UTF-8'], '[]'),
  },
  { name: 'POST with a malformed JSON body', request: req('POST', '/en', ['Content-Type: application/json'], '{"a":') },
  // Bogus and huge headers.
  { name: 'malformed Accept-Language', request: req('GET', '/', ['Accept-Language: ;;;q=abc,,,*-*-*,zh-;q=2,<x>']) },
  {
    name: 'huge Accept-Language',
    request: req('GET', '/', [`Accept-Language: ${Array.from({ length: 700 }, (_, i) => `x${i}-YY;q=0.${i % 10}`).join(',')}`]),
  },
  { name: 'script in the NEXT_LOCALE cookie', request: req('GET', '/', [`Cookie: NEXT_LOCALE=${xss}`]), payload: xss },
  {
    name: 'traversal in a locale cookie',
    request: req('GET', '/deployment', ['Cookie: NEXT_LOCALE=../../etc/passwd']),
    expect: (r) => expect(r.headers.location ?? '').toMatch(/^\/(zh|en)\/deployment$/),
  },
  {
    name: 'traversal in Accept-Language',
    request: req('GET', '/deployment', ['Accept-Language: ../../etc/passwd, en']),
    expect: (r) => expect(r.headers.location ?? '').toBe('/en/deployment'),
  },
  {
    name: 'bogus Host header',
    request: req('GET', '/', ['X-Forwarded-Host: evil.example']).replace(`Host: ${host}`, 'Host: evil.example'),
    expect: (r) => expect(r.headers.location ?? '').not.toContain('evil.example'),
  },
  {
    name: 'RSC request with a garbage router state',
    request: req('GET', '/en', ['RSC: 1', 'Next-Router-State-Tree: %%%not-json', 'Next-Router-Prefetch: 1']),
  },
  { name: 'RSC request with a bogus segment prefetch', request: req('GET', '/en', ['RSC: 1', 'Next-Router-Segment-Prefetch: /../../x']) },
  {
    name: 'middleware bypass header (CVE-2025-29927)',
    request: req('GET', '/', [
      'x-middleware-subrequest: middleware:middleware:middleware:middleware:middleware:proxy:proxy:proxy:proxy:proxy',
    ]),
    expect: (r) => expect(r.status).toBe(302),
  },
  { name: 'bogus Range on a static file', request: req('GET', '/_next/static/chunks/nope.js', ['Range: bytes=99999999-1,abc']) },
  { name: 'image optimizer with a foreign URL', request: req('GET', '/_next/image?url=http://169.254.169.254/latest&w=64&q=75') },
  { name: '40 KB header value', request: req('GET', '/en', [`X-Junk: ${'j'.repeat(40_000)}`]) },
];

async function check(list: Case[]) {
  const failures: string[] = [];
  for (const c of list) {
    const r = await raw(c.request);
    test.info().annotations.push({ type: 'response', description: `${r.status} ${c.name}` });
    try {
      expect(r.status, 'status').toBeGreaterThanOrEqual(200);
      expect(r.status, 'status').toBeLessThan(500);
      // No stack traces, server paths or framework internals in the answer.
      expect(r.body).not.toMatch(/\n\s+at [^\n]+:\d+:\d+\)?/);
      expect(r.body).not.toMatch(/node_modules|\/work\/|\/root\/|ENOENT|EACCES|root:x:0:0/);
      expect(r.body).not.toMatch(/Internal Server Error|Error: /);
      if (c.payload) expect(r.body, 'payload reflected unescaped').not.toContain(c.payload);
      // A page answer is our HTML document with the security headers on.
      if (r.status === 200 && /text\/html/.test(r.headers['content-type'] ?? '')) {
        expect(r.body).toMatch(/^<!DOCTYPE html><html lang="(zh-CN|en)"/);
      }
      expect(r.headers['x-powered-by']).toBeUndefined();
      c.expect?.(r);
    } catch (error) {
      failures.push(`${c.name}: ${r.status} ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
}

test(`${cases.length} hostile requests get 4xx or a normal page, no 5xx, no leaks`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  await check(cases);
});
