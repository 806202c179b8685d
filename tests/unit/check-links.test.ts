// npm run check:links against servers on 127.0.0.1 (never the internet): what
// each kind of answer is reported as, the allowlist, the cache, the exit status,
// and that every file:line citing a URL is named.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowlistMistakes } from '../../scripts/content/links/allowlist';
import { readCache } from '../../scripts/content/links/cache';
import { describeError, looksLikeMovedLanding, probe } from '../../scripts/content/links/probe';
import { checkOutboundLinks, exitCodeOf, formatResults } from '../../scripts/content/links/run';

const root = path.resolve(__dirname, '../..');
const hits = new Map<string, number>();
let site = '';
let other = '';
let reset = '';
const servers: http.Server[] = [];

function listen(handler: http.RequestListener, host = '127.0.0.1'): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  // "localhost" names the second server: another host than 127.0.0.1, as a real cross-site redirect.
  other = await listen((_req, res) => res.end('elsewhere'), 'localhost');
  site = await listen((req, res) => {
    const key = `${req.method} ${req.url}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const send = (status: number, headers: http.OutgoingHttpHeaders = {}) => res.writeHead(status, headers).end();
    if (req.url === '/ok') return send(200);
    if (req.url === '/missing') return send(404);
    if (req.url === '/gone') return send(410);
    if (req.url === '/error') return send(503);
    if (req.url === '/away') return send(301, { location: `${other}/elsewhere` });
    if (req.url === '/docs/old/deep-page.html') return send(301, { location: '/en/latest/' });
    if (req.url === '/en/latest/') return send(200);
    if (req.url === '/renamed') return send(308, { location: '/new-name' });
    if (req.url === '/new-name') return send(200);
    if (req.url === '/no-head') return send(req.method === 'HEAD' ? 405 : 200);
    if (req.url === '/slow') return; // never answers
    send(404);
  });
  reset = await listen((req) => req.socket.destroy());
});
afterAll(() => {
  for (const server of servers) server.closeAllConnections?.();
  for (const server of servers) server.close();
});

const opts = { timeoutMs: 400 };

/** The command, run asynchronously: the servers above live in this process and must keep answering. */
function checkLinks(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/content/check-links.ts', ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('check:links probe', () => {
  it('reports 404 and 410 as broken, 5xx as a warning, a plain 200 as ok', async () => {
    expect(await probe(`${site}/missing`, opts)).toMatchObject({ verdict: 'broken', status: 404, note: 'HTTP 404' });
    expect(await probe(`${site}/gone`, opts)).toMatchObject({ verdict: 'broken', status: 410 });
    expect(await probe(`${site}/error`, opts)).toMatchObject({ verdict: 'warning', status: 503 });
    expect(await probe(`${site}/ok`, opts)).toMatchObject({ verdict: 'ok', status: 200 });
  });

  it('falls back to GET when HEAD is refused', async () => {
    expect(await probe(`${site}/no-head`, opts)).toMatchObject({ verdict: 'ok', status: 200 });
    expect(hits.get('GET /no-head')).toBe(1);
  });

  it('follows redirects: to another host and to a moved-page landing are warnings, a rename on the same site is ok', async () => {
    const away = await probe(`${site}/away`, opts);
    expect(away).toMatchObject({ verdict: 'warning', finalUrl: `${other}/elsewhere` });
    expect(away.note).toMatch(/^redirects to another host/);
    const landing = await probe(`${site}/docs/old/deep-page.html`, opts);
    expect(landing).toMatchObject({ verdict: 'warning', finalUrl: `${site}/en/latest/` });
    expect(landing.note).toMatch(/moved-page landing/);
    expect(await probe(`${site}/renamed`, opts)).toMatchObject({ verdict: 'ok', finalUrl: `${site}/new-name` });
  });

  it('reports a timeout and a reset connection as warnings', async () => {
    const slow = await probe(`${site}/slow`, opts);
    expect(slow).toMatchObject({ verdict: 'warning' });
    expect(slow.note).toMatch(/timeout/);
    const cut = await probe(`${reset}/anything`, opts);
    expect(cut.verdict).toBe('warning');
    expect(cut.note).toBe('the connection was reset');
  });

  it('calls a host name that does not exist broken, a resolver that does not answer only a warning', () => {
    const dns = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code, message: `getaddrinfo ${code}` } });
    expect(describeError(dns('ENOTFOUND'), 1000)).toEqual({ verdict: 'broken', note: 'DNS: the host name does not exist' });
    expect(describeError(dns('EAI_AGAIN'), 1000).verdict).toBe('warning');
  });

  it('knows a moved-page landing from an ordinary redirect', () => {
    expect(looksLikeMovedLanding('https://docs.ray.io/en/latest/cluster/kubernetes/index.html', 'https://docs.ray.io/en/latest/')).toBe(
      true,
    );
    expect(looksLikeMovedLanding('https://a.org/blog/post', 'https://a.org/404')).toBe(true);
    expect(looksLikeMovedLanding('https://a.org/blog/post', 'https://a.org/blog/post/')).toBe(false);
    expect(looksLikeMovedLanding('https://a.org/', 'https://a.org/en/')).toBe(false);
  });
});

describe('check:links run', () => {
  const cite = (url: string, line: number) => ({ url, citations: [{ file: 'content/en/x.mdx', line }] });

  it('skips allowlisted URLs with their reason, and exits 0 with warnings only', async () => {
    const results = await checkOutboundLinks([cite(`${site}/missing`, 3), cite(`${site}/error`, 4)], {
      allowlist: [{ url: `${site}/missing`, reason: 'answers robots with 404' }],
      cache: {},
      maxAgeMs: 0,
      ...opts,
    });
    expect(results[0]).toMatchObject({ allowed: { reason: 'answers robots with 404' } });
    expect(results[0].result).toBeUndefined();
    expect(formatResults(results)).toContain(`skipped  ${site}/missing — allowlisted: answers robots with 404`);
    expect(exitCodeOf(results)).toBe(0);
  });

  it('reuses a result younger than the maximum age, and asks again when it is older', async () => {
    const cache = {};
    const before = hits.get('HEAD /ok') ?? 0;
    let now = 1_000_000;
    const run = () => checkOutboundLinks([cite(`${site}/ok`, 1)], { allowlist: [], cache, maxAgeMs: 60_000, now: () => now, ...opts });
    await run();
    expect((await run())[0].fromCache).toBe(true);
    expect(hits.get('HEAD /ok')).toBe(before + 1);
    now += 61_000;
    expect((await run())[0].fromCache).toBeUndefined();
    expect(hits.get('HEAD /ok')).toBe(before + 2);
  });

  it('rejects an allowlist entry without a reason', () => {
    expect(allowlistMistakes([{ url: 'https://a.org/', reason: ' ' }])).toEqual([
      'allowlist entry 1 (https://a.org/) has no reason: say why the site cannot be checked',
    ]);
    expect(allowlistMistakes([{ url: 'https://a.org/', reason: 'blocks robots (403)' }])).toEqual([]);
  });
});

describe('npm run check:links', () => {
  it('finds URLs in MDX bodies, frontmatter and resource YAML, names every file:line, exits 1 for a 404, and caches', async () => {
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true }); // a fresh clone has no tmp/ yet
    const dir = fs.mkdtempSync(path.join(root, 'tmp', 'check-links-'));
    try {
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      };
      const page = (extra: string) =>
        `---\ntitle: "Home"\ndescription: "Home."\nupdated: 2026-11-27\n---\n\n## Links\n\n[fine](${site}/ok) and [gone](${site}/missing).\n${extra}`;
      write('content/en/index.mdx', page(`\n<LinkCard href="${site}/slow" title="Slow" />\n`));
      write('content/zh/index.mdx', page(''));
      write('content/resources/talk.yaml', `kind: talk\nurl: "${site}/missing"\ntitle:\n  zh: "演讲"\n  en: "Talk"\n`);
      const cacheFile = path.join(dir, 'cache.json');
      const run = () => checkLinks(['--dir', path.join(dir, 'content'), '--cache', cacheFile, '--timeout', '0.4']);
      const first = await run();
      expect(first.status, first.stderr).toBe(1);
      const rel = path.relative(root, dir);
      expect(first.stdout).toContain(`BROKEN  ${site}/missing — HTTP 404\n`);
      for (const at of [`${rel}/content/en/index.mdx:9`, `${rel}/content/zh/index.mdx:9`, `${rel}/content/resources/talk.yaml:2`])
        expect(first.stdout).toContain(`    cited at ${at}\n`);
      expect(first.stdout).toMatch(
        new RegExp(`warning  ${site}/slow — no answer within 0.4 s \\(timeout\\)\\n    cited at ${rel}/content/en/index.mdx:11`),
      );
      expect(first.stdout).toContain('3 outbound URLs: 1 ok, 1 warnings, 1 broken, 0 allowlisted (0 from the cache).');
      expect(Object.keys(readCache(cacheFile)).sort()).toEqual([`${site}/missing`, `${site}/ok`, `${site}/slow`]);
      const second = await run();
      expect(second.status).toBe(1);
      expect(second.stdout).toContain('(3 from the cache)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('says what is wrong with a bad option instead of a stack trace', async () => {
    const out = await checkLinks(['--max-age', 'soon']);
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toBe('check:links: --max-age needs a number of hours');
  });
});
