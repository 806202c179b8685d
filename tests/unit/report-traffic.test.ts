// `npm run report:traffic -- --json`: a generated access log in the privacy
// format (lib/access-log.ts) in, the figures out, under the keys the README
// promises. The searches' result counts need a build (out/), so they are
// checked only as "a number or null" here; the e2e spec reads a real log.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
type Line = { path: string; status?: number; referrer?: string; ua?: string; purpose?: string; type?: string };
const line = ({ path: p, status = 200, referrer = '-', ua = browser, purpose = '-', type = 'text/html; charset=utf-8' }: Line) =>
  `192.0.2.0 - - [06/Dec/2026:07:18:53 +0000] "GET ${p} HTTP/1.1" ${status} 1234 "${referrer}" "${ua}" "${purpose}" "${type}" "ray.example"`;

const log = [
  line({ path: '/en/deployment', referrer: 'https://news.example.com/item?id=1' }),
  line({ path: '/en/deployment', status: 304, type: '-' }),
  line({ path: '/zh', referrer: 'https://ray.example/zh/why-ray' }),
  line({ path: '/en/why-ray', purpose: 'prefetch' }),
  line({ path: '/en/why-ray', purpose: 'prefetch' }),
  line({ path: '/en/old-page', status: 404, referrer: 'https://blog.example.org/post' }),
  line({ path: '/en/search?q=Ray+Serve' }),
  line({ path: '/en/search?q=ray%20serve' }),
  line({ path: '/zh/search?q=%E8%AE%AD%E7%BB%83' }),
  line({ path: '/en/deployment.md', type: 'text/markdown; charset=utf-8', ua: 'ClaudeBot/1.0' }),
  line({ path: '/en/deployment', type: 'text/markdown; charset=utf-8', ua: 'Mozilla/5.0 (compatible; GPTBot/1.2)' }),
  line({ path: '/llms.txt', type: 'text/plain; charset=utf-8', ua: 'curl/8.5.0' }),
  line({ path: '/en', ua: 'Mozilla/5.0 (compatible; Googlebot/2.1)' }),
  'a line in another format',
];

function report(files: string[]) {
  const out = execFileSync('npx', ['tsx', 'scripts/report/traffic.ts', '--json', ...files], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe('report:traffic --json', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'traffic-'));
  const plain = path.join(dir, 'access.log');
  const rotated = path.join(dir, 'access.log.2.gz');
  fs.writeFileSync(plain, log.slice(0, 7).join('\n') + '\n');
  fs.writeFileSync(rotated, gzipSync(log.slice(7).join('\n') + '\n'));
  const figures = report([plain, rotated]);

  it('has the top-level keys, and only those', () => {
    expect(Object.keys(figures).sort()).toEqual(
      ['crawlers', 'markdown', 'notFound', 'pages', 'prefetches', 'referrers', 'searches'].sort(),
    );
  });

  it('counts page views by people, by page and language, without prefetches or crawlers', () => {
    expect(figures.pages).toEqual([
      { path: '/en/deployment', locale: 'en', views: 2 },
      { path: '/zh', locale: 'zh', views: 1 },
    ]);
  });

  it('counts prefetches apart', () => {
    expect(figures.prefetches).toEqual({ total: 2, pages: [{ path: '/en/why-ray', hits: 2 }] });
  });

  it('lists other sites as referrers, not the site itself', () => {
    expect(figures.referrers).toEqual([{ origin: 'https://news.example.com', hits: 1 }]);
  });

  it('lists 404s with the pages that link to them', () => {
    expect(figures.notFound).toEqual([{ path: '/en/old-page', hits: 1, referrers: ['https://blog.example.org/post'] }]);
  });

  it('groups searches by query and language', () => {
    const searches = figures.searches.map(({ query, locale, count }: { query: string; locale: string; count: number }) => ({
      query,
      locale,
      count,
    }));
    expect(searches).toEqual([
      { query: 'ray serve', locale: 'en', count: 2 },
      { query: '训练', locale: 'zh', count: 1 },
    ]);
    for (const s of figures.searches) expect(s.found === null || typeof s.found === 'number').toBe(true);
  });

  it('counts Markdown read as a file, asked by Accept, and llms.txt', () => {
    expect(figures.markdown).toEqual(
      expect.arrayContaining([
        { path: '/en/deployment.md', how: 'file', hits: 1 },
        { path: '/en/deployment', how: 'accept', hits: 1 },
        { path: '/llms.txt', how: 'llms', hits: 1 },
      ]),
    );
    expect(figures.markdown).toHaveLength(3);
  });

  it('tells crawlers from people and names AI crawlers', () => {
    // 13 lines in the format: 2 prefetches (apart), 4 crawlers, 7 by people.
    expect(figures.crawlers.people).toBe(7);
    expect(figures.crawlers.crawlers).toEqual(
      expect.arrayContaining([
        { name: 'ClaudeBot', ai: true, hits: 1 },
        { name: 'GPTBot', ai: true, hits: 1 },
        { name: 'Googlebot', ai: false, hits: 1 },
        { name: 'other robots', ai: false, hits: 1 },
      ]),
    );
  });

  // 30 s: it starts tsx, which takes seconds on a loaded machine.
  it('fails with a usage line when a file is missing', { timeout: 30_000 }, () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/report/traffic.ts', '--json', path.join(dir, 'nope.log')], { stdio: 'pipe' }),
    ).toThrow(/no such file/);
  });
});
