// Search and sharing: every page of both locales indexable as itself, linked to
// its translation, with a working share image; plus sitemap, robots, feeds, icons.
// Reads the server's HTML (what crawlers and link previews see), parsed by the
// browser's DOMParser; XML (sitemap, feeds) goes through DOMParser too.
import { test, expect, type Page, type APIRequestContext } from '@playwright/test';
import { allPages, htmlLang, locales, pathOf, routes, type Locale } from './site';

/** The origin the site was built for (SITE_URL at build; the README's default). */
const site = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const urlOf = (path: string) => `${site}${path}`;
/** Absolute URLs name SITE_URL's origin; fetch them from the test server by path. */
const localPath = (url: string) => {
  expect(url.startsWith(`${site}/`), `${url} is absolute on ${site}`).toBe(true);
  const u = new URL(url);
  return u.pathname + u.search;
};

const hreflang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };
const caseStudyRoutes = routes.filter((r) => r.startsWith('/case-studies/'));
/** hreflang x-default of a route: `/` (the language-choice page) for the home pages, else the zh page. */
const xDefault = (route: string) => (route === '/' ? site : urlOf(pathOf('zh', route)));

type Head = {
  titles: string[];
  descriptions: string[];
  canonicals: string[];
  alternates: { hreflang: string; href: string }[];
  meta: [string, string][];
  jsonLd: string[];
  feeds: { href: string; title: string }[];
  icons: { rel: string; href: string }[];
  manifest: string | null;
  /** Levels of all headings in document order: 1 for h1… */
  headings: number[];
};

async function headOf(page: Page, request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const all = (sel: string) => [...doc.querySelectorAll(sel)];
    return {
      titles: all('head title').map((t) => t.textContent ?? ''),
      descriptions: all('head meta[name="description"]').map((m) => m.getAttribute('content') ?? ''),
      canonicals: all('head link[rel="canonical"]').map((l) => l.getAttribute('href') ?? ''),
      alternates: all('head link[rel="alternate"][hreflang]').map((l) => ({
        hreflang: l.getAttribute('hreflang') ?? '',
        href: l.getAttribute('href') ?? '',
      })),
      meta: all('head meta[property], head meta[name^="twitter:"]').map(
        (m) => [m.getAttribute('property') ?? m.getAttribute('name') ?? '', m.getAttribute('content') ?? ''] as [string, string],
      ),
      jsonLd: all('script[type="application/ld+json"]').map((s) => s.textContent ?? ''),
      feeds: all('head link[rel="alternate"][type="application/atom+xml"]').map((l) => ({
        href: l.getAttribute('href') ?? '',
        title: l.getAttribute('title') ?? '',
      })),
      icons: all('head link[rel~="icon"], head link[rel="apple-touch-icon"]').map((l) => ({
        rel: l.getAttribute('rel') ?? '',
        href: l.getAttribute('href') ?? '',
      })),
      manifest: doc.querySelector('head link[rel="manifest"]')?.getAttribute('href') ?? null,
      headings: all('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1])),
    };
  }, html);
}

const metaValues = (head: Head, key: string) => head.meta.filter(([k]) => k === key).map(([, v]) => v);
const metaValue = (head: Head, key: string) => {
  const values = metaValues(head, key);
  expect(values, key).toHaveLength(1);
  return values[0];
};

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.describe('every page', () => {
  for (const { locale, route, path } of allPages) {
    test(`${path}: title, description, canonical, hreflang, Open Graph`, async ({ page, request }) => {
      const head = await headOf(page, request, path);
      const self = urlOf(path);

      expect(head.titles).toHaveLength(1);
      expect(head.titles[0].trim().length).toBeGreaterThan(1);
      expect(head.descriptions).toHaveLength(1);
      expect(head.descriptions[0].trim().length).toBeGreaterThan(20);
      // In the page's language: Chinese pages say something in Chinese, English ones don't.
      for (const text of [head.titles[0], head.descriptions[0]]) {
        if (locale === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
        else expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      }
      // The site name is in every title (the template; the home page's title is the site name itself).
      const siteName = metaValue(head, 'og:site_name');
      if (route === '/') expect(head.titles[0].toLowerCase()).toBe(siteName.toLowerCase());
      else expect(head.titles[0]).toMatch(new RegExp(` · ${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

      expect(head.canonicals).toEqual([self]);

      // hreflang: both languages and x-default, absolute: the language-choice page `/`
      // for the home pages, the default locale (zh) for the others.
      const byLang = Object.fromEntries(head.alternates.map((a) => [a.hreflang, a.href]));
      expect(head.alternates).toHaveLength(3);
      expect(byLang).toEqual({
        'zh-CN': urlOf(pathOf('zh', route)),
        en: urlOf(pathOf('en', route)),
        'x-default': xDefault(route),
      });
      expect(byLang[hreflang[locale]]).toBe(self);

      // Open Graph and Twitter.
      const title = head.titles[0].replace(new RegExp(` · ${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '');
      expect(metaValue(head, 'og:title')).toBe(title);
      expect(metaValue(head, 'og:description')).toBe(head.descriptions[0]);
      expect(metaValue(head, 'og:url')).toBe(self);
      expect(metaValue(head, 'og:type')).toBe(route.startsWith('/case-studies/') ? 'article' : 'website');
      expect(metaValue(head, 'og:locale')).toBe(ogLocale[locale]);
      expect(metaValues(head, 'og:locale:alternate')).toEqual([ogLocale[locale === 'zh' ? 'en' : 'zh']]);
      expect(siteName.length).toBeGreaterThan(1);
      expect(metaValue(head, 'og:image:width')).toBe('1200');
      expect(metaValue(head, 'og:image:height')).toBe('630');
      expect(metaValue(head, 'og:image:alt')).toBe(title);
      expect(metaValue(head, 'twitter:card')).toBe('summary_large_image');
      expect(metaValue(head, 'twitter:title')).toBe(title);
      expect(metaValue(head, 'twitter:description')).toBe(head.descriptions[0]);
      expect(metaValue(head, 'twitter:image')).toBe(metaValue(head, 'og:image'));
      if (route.startsWith('/case-studies/')) {
        expect(metaValue(head, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(metaValue(head, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }

      // The feed of this locale, linked from the head.
      expect(head.feeds).toEqual([{ href: urlOf(`/${locale}/feed.xml`), title: expect.stringMatching(/\S/) }]);

      // One outline: a single h1, first, and no skipped level (h2 → h4).
      expect(head.headings.filter((l) => l === 1)).toHaveLength(1);
      expect(head.headings[0]).toBe(1);
      const skips = head.headings.filter((l, i) => i > 0 && l > head.headings[i - 1] + 1);
      expect(skips, `heading levels ${head.headings.join(' ')}`).toEqual([]);
    });

    test(`${path}: hreflang links are reciprocal`, async ({ page, request }) => {
      const head = await headOf(page, request, path);
      const others = head.alternates.filter((a) => a.hreflang !== 'x-default' && a.href !== urlOf(path));
      expect(others).toHaveLength(1);
      for (const other of others) {
        const back = await headOf(page, request, localPath(other.href));
        expect(back.canonicals).toEqual([other.href]);
        expect(back.alternates).toContainEqual({ hreflang: hreflang[locale], href: urlOf(path) });
        expect(back.alternates).toContainEqual(head.alternates.find((a) => a.hreflang === 'x-default'));
      }
    });

    test(`${path}: share image is a 1200×630 PNG`, async ({ page, request }) => {
      const head = await headOf(page, request, path);
      const image = metaValue(head, 'og:image');
      expect(image).toBe(urlOf(`/og${path}.png`));
      const response = await request.get(localPath(image));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });

    test(`${path}: JSON-LD`, async ({ page, request }) => {
      const head = await headOf(page, request, path);
      const items = head.jsonLd.map((text) => JSON.parse(text) as Record<string, any>);
      for (const item of items) {
        expect(item['@context']).toBe('https://schema.org');
        expect(typeof item['@type']).toBe('string');
      }
      const ofType = (type: string) => items.filter((i) => i['@type'] === type);

      const [org] = ofType('Organization');
      expect(ofType('Organization')).toHaveLength(1);
      expect(org.name).toBe(metaValue(head, 'og:site_name'));
      expect(org.url).toBe(urlOf(pathOf(locale, '/')));
      expect(org.logo.url).toMatch(new RegExp(`^${site}/`));
      const [website] = ofType('WebSite');
      expect(ofType('WebSite')).toHaveLength(1);
      expect(website).toMatchObject({ url: urlOf(pathOf(locale, '/')), inLanguage: htmlLang[locale], publisher: { '@id': org['@id'] } });

      const crumbs = ofType('BreadcrumbList');
      if (route === '/') expect(crumbs).toHaveLength(0);
      else {
        expect(crumbs).toHaveLength(1);
        const list = crumbs[0].itemListElement as { position: number; name: string; item: string }[];
        expect(list.length).toBe(route.split('/').length); // home, section…, this page
        expect(list.map((i) => i.position)).toEqual(list.map((_, i) => i + 1));
        expect(list[0].item).toBe(urlOf(pathOf(locale, '/')));
        expect(list.at(-1)!.item).toBe(urlOf(path));
        for (const i of list) expect(i.name.trim().length).toBeGreaterThan(0);
      }

      const articles = ofType('Article');
      if (!route.startsWith('/case-studies/')) expect(articles).toHaveLength(0);
      else {
        expect(articles).toHaveLength(1);
        const a = articles[0];
        expect(a.headline).toBe(metaValue(head, 'og:title'));
        expect(a.description).toBe(head.descriptions[0]);
        expect(a.inLanguage).toBe(htmlLang[locale]);
        expect(a.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(a.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(Date.parse(a.dateModified)).toBeGreaterThanOrEqual(Date.parse(a.datePublished));
        expect(a.mainEntityOfPage['@id']).toBe(urlOf(path));
        const imageUrl = typeof a.image === 'string' ? a.image : a.image.url;
        expect(imageUrl).toBe(metaValue(head, 'og:image'));
        expect((await request.get(localPath(imageUrl))).status()).toBe(200);
        for (const who of [a.author, a.publisher]) expect(who).toMatchObject({ '@type': 'Organization', name: org.name });
      }
    });
  }

  test('titles, descriptions and share images are unique across the site', async ({ page, request }) => {
    const seen = { title: new Map<string, string>(), description: new Map<string, string>(), image: new Map<string, string>() };
    for (const { path } of allPages) {
      const head = await headOf(page, request, path);
      const values = { title: head.titles[0], description: head.descriptions[0], image: metaValue(head, 'og:image') };
      for (const key of ['title', 'description', 'image'] as const) {
        expect(values[key], `${key} of ${path}`).toBeTruthy();
        expect(seen[key].get(values[key]), `${key} of ${path} is also used by`).toBeUndefined();
        seen[key].set(values[key], path);
      }
    }
    expect(seen.title.size).toBe(allPages.length);
  });
});

test("the language-choice page (`/` on static hosts) is the home pages' x-default", async ({ page, request }) => {
  const head = await headOf(page, request, '/index.html');
  expect(head.canonicals).toEqual([site]);
  expect(Object.fromEntries(head.alternates.map((a) => [a.hreflang, a.href]))).toEqual({
    'zh-CN': urlOf('/zh'),
    en: urlOf('/en'),
    'x-default': site,
  });
  expect(head.titles).toHaveLength(1);
  expect(head.titles[0]).toMatch(/[\u4e00-\u9fff].* · .*[A-Za-z]/); // both languages
  expect(metaValue(head, 'og:image')).toBe(urlOf('/og/zh.png'));
});

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
