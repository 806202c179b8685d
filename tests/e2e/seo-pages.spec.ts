// Search and sharing, page by page: every page of both locales indexable as
// itself, linked to its translation, with a working share image; titles,
// descriptions and images unique; the language-choice page as x-default.
// (Split from seo.spec.ts; the shared helpers are in seo-head.ts.)
import { test, expect } from '@playwright/test';
import { site, urlOf, localPath, hreflang, ogLocale, xDefault, metaValues, metaValue, headOf, pngSize } from './seo-head';
import { allPages, htmlLang, pathOf } from './site';

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
