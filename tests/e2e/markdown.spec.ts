// The pages' Markdown twins and the llms.txt files, as `npm start` serves
// them: content type, security and robots headers, absolute links, every page
// listed, and the <link rel="alternate"> that points each page at its twin.
import { test, expect, type APIResponse } from '@playwright/test';
import { site, urlOf } from './seo-head';
import { allPages, locales, pathOf, searchRoute } from './site';

/** Every page but the search page has a twin. */
const twinPages = allPages.filter((p) => p.route !== searchRoute);
const twinOf = (path: string) => `${path}.md`;

function expectTextHeaders(response: APIResponse, what: string, type: string, noindex: boolean) {
  const h = response.headers();
  expect(response.status(), what).toBe(200);
  expect(h['content-type'], what).toBe(`${type}; charset=utf-8`);
  expect(h['content-security-policy'], `${what}: CSP`).toContain("default-src 'self'");
  expect(h['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['cache-control'], what).toBe('public, max-age=3600');
  expect(h['x-robots-tag'], `${what}: X-Robots-Tag`).toBe(noindex ? 'noindex' : undefined);
}

/** Every link target of a Markdown text. */
const linksIn = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);

for (const path of ['/en/case-studies/spotify', '/zh/deployment', '/en']) {
  test(`${twinOf(path)}: Markdown of the page, links absolute`, async ({ request }) => {
    const response = await request.get(twinOf(path), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expectTextHeaders(response, twinOf(path), 'text/markdown', true);
    expect(response.headers()['content-encoding'], 'a precompressed copy').toMatch(/^(br|gzip)$/);
    const text = await response.text();
    const html = await (await request.get(path)).text();
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(html)?.[1]
      .replace(/<[^>]+>/g, '')
      .trim();
    expect(text.split('\n')[0], 'the title first').toBe(`# ${title}`);
    expect(text.split('\n')[2], 'then the description').toMatch(/^> \S/);
    expect(text, 'no JSX').not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
    const links = linksIn(text);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href, 'absolute').toMatch(/^(https?:\/\/|mailto:)/);
    expect(
      links.some((href) => href.startsWith(`${site}/`)),
      'links to the site use its origin',
    ).toBe(true);
  });
}

test('every page’s <head> links its Markdown twin, and no twin is missing', async ({ request }) => {
  for (const { path, route } of allPages) {
    const html = await (await request.get(path)).text();
    const link = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(html)?.[1];
    if (route === searchRoute) {
      expect(link, `${path} has no twin`).toBeUndefined();
      continue;
    }
    expect(link, path).toBe(urlOf(twinOf(path)));
    expect((await request.head(twinOf(path))).status(), twinOf(path)).toBe(200);
  }
});

test('/llms.txt lists every page’s twin in both languages', async ({ request }) => {
  const response = await request.get('/llms.txt');
  expectTextHeaders(response, '/llms.txt', 'text/plain', false);
  const text = await response.text();
  expect(text).toMatch(/^# .+\n\n> .+\n\n[^#\n]/);
  const links = linksIn(text);
  expect(links.filter((l) => l.endsWith('.md')).sort()).toEqual(twinPages.map((p) => urlOf(twinOf(p.path))).sort());
  for (const locale of locales) expect(links).toContain(urlOf(`/${locale}/llms-full.txt`));
});

for (const locale of locales) {
  test(`/${locale}/llms.txt and llms-full.txt hold every ${locale} page`, async ({ request }) => {
    const list = await request.get(`/${locale}/llms.txt`);
    expectTextHeaders(list, `/${locale}/llms.txt`, 'text/plain', false);
    const mine = twinPages.filter((p) => p.locale === locale);
    expect(
      linksIn(await list.text())
        .filter((l) => l.endsWith('.md'))
        .sort(),
    ).toEqual(mine.map((p) => urlOf(twinOf(p.path))).sort());
    const full = await request.get(`/${locale}/llms-full.txt`);
    expectTextHeaders(full, `/${locale}/llms-full.txt`, 'text/plain', true);
    const text = await full.text();
    for (const p of mine) expect(text, p.path).toContain(`\n${urlOf(pathOf(locale, p.route))}\n`);
  });
}

test('an unknown .md answers the locale’s 404 page', async ({ request }) => {
  const response = await request.get('/en/case-studies/nope.md');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toMatch(/^text\/html/);
});
