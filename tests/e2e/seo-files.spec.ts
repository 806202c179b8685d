// Search and sharing, the site's files: sitemap.xml, robots.txt, the Atom
// feeds, the favicon, app icons and the web manifest.
import { test, expect } from '@playwright/test';
import { site, urlOf, caseStudyRoutes, xDefault, headOf, pngSize } from './seo-head';
import { allPages, htmlLang, locales, pathOf } from './site';

test('sitemap.xml lists exactly the site’s pages, with hreflang alternates', async ({ page, request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  await page.goto('about:blank');
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return null;
    const sm = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    return [...doc.getElementsByTagNameNS(sm, 'url')].map((url) => ({
      loc: url.getElementsByTagNameNS(sm, 'loc')[0]?.textContent?.trim() ?? '',
      lastmod: url.getElementsByTagNameNS(sm, 'lastmod')[0]?.textContent?.trim() ?? '',
      alternates: Object.fromEntries(
        [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')]
          .filter((l) => l.getAttribute('rel') === 'alternate')
          .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      ),
    }));
  }, xml);
  expect(parsed, 'sitemap.xml is well-formed XML').not.toBeNull();
  const urls = parsed!;
  expect(urls.map((u) => u.loc).sort()).toEqual(allPages.map((p) => urlOf(p.path)).sort());
  for (const { route, path } of allPages) {
    const entry = urls.find((u) => u.loc === urlOf(path))!;
    // A day from frontmatter (`updated`), not a build timestamp.
    expect(entry.lastmod, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // (URL-normalized: the sitemap writes the origin as http://host/, the <head> as http://host.)
    const normalized = Object.fromEntries(Object.entries(entry.alternates).map(([k, v]) => [k, new URL(String(v)).href]));
    expect(normalized, path).toEqual({
      'zh-CN': new URL(urlOf(pathOf('zh', route))).href,
      en: new URL(urlOf(pathOf('en', route))).href,
      'x-default': new URL(xDefault(route)).href,
    });
  }
});

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/im);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  expect(text).toMatch(new RegExp(`^Sitemap: ${site}/sitemap\\.xml$`, 'm'));
});

for (const locale of locales) {
  test(`/${locale}/feed.xml is an Atom feed of the ${caseStudyRoutes.length} case studies`, async ({ page, request }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    await page.goto('about:blank');
    const feed = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length) return null;
        const atom = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === atom && c.localName === name);
        const text = (el: Element, name: string) => child(el, name)[0]?.textContent?.trim() ?? '';
        return {
          root: `${root.namespaceURI} ${root.localName}`,
          lang: root.getAttribute('xml:lang'),
          id: text(root, 'id'),
          title: text(root, 'title'),
          updated: text(root, 'updated'),
          self: child(root, 'link')
            .find((l) => l.getAttribute('rel') === 'self')
            ?.getAttribute('href'),
          entries: child(root, 'entry').map((e) => ({
            id: text(e, 'id'),
            title: text(e, 'title'),
            updated: text(e, 'updated'),
            summary: text(e, 'summary'),
            link: child(e, 'link')
              .find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')
              ?.getAttribute('href'),
          })),
        };
      },
      await response.text(),
    );
    expect(feed, 'the feed is well-formed XML').not.toBeNull();
    expect(feed!.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed!.lang).toBe(htmlLang[locale]);
    expect(feed!.self).toBe(urlOf(`/${locale}/feed.xml`));
    expect(feed!.id).toBeTruthy();
    expect(feed!.title).toBeTruthy();
    expect(Date.parse(feed!.updated)).not.toBeNaN();
    expect(feed!.entries.map((e) => e.link).sort()).toEqual(caseStudyRoutes.map((r) => urlOf(pathOf(locale, r))).sort());
    for (const entry of feed!.entries) {
      expect(entry.id).toBe(entry.link);
      expect(entry.title.length).toBeGreaterThan(3);
      expect(entry.summary.length).toBeGreaterThan(20);
      expect(Date.parse(entry.updated)).not.toBeNaN();
      if (locale === 'zh') expect(entry.title + entry.summary).toMatch(/[\u4e00-\u9fff]/);
      else expect(entry.title + entry.summary).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
}

test('favicon, app icons and the web manifest are served', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header

  const head = await headOf(page, request, '/en');
  expect(head.icons.map((i) => i.rel).sort()).toEqual(['apple-touch-icon', 'icon', 'icon']);
  expect(head.icons.map((i) => new URL(i.href, 'http://x').pathname).sort()).toEqual(['/apple-icon.png', '/favicon.ico', '/icon.svg']);
  for (const icon of head.icons) {
    const response = await request.get(icon.href);
    expect(response.status(), icon.href).toBe(200);
    expect(response.headers()['content-type'], icon.href).toMatch(/^image\//);
  }

  expect(head.manifest).toBeTruthy();
  const manifest = await request.get(head.manifest!);
  expect(manifest.status()).toBe(200);
  const json = await manifest.json();
  expect(json.name).toBeTruthy();
  expect(json.icons.length).toBeGreaterThan(0);
  for (const icon of json.icons as { src: string }[]) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  const apple = await request.get('/apple-icon.png');
  expect(pngSize(await apple.body())).toEqual({ width: 180, height: 180 });
});
