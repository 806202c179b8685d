// What the SEO specs share: the site's origin, a page's <head> as crawlers
// and link previews read it (the server's HTML parsed by the browser's
// DOMParser), and a PNG's size. seo-pages.spec.ts checks each page's head;
// seo-files.spec.ts the sitemap, robots.txt, feeds and icons.
import { expect, type Page, type APIRequestContext } from '@playwright/test';
import { pathOf, routes, type Locale } from './site';

/** The origin the site was built for (SITE_URL at build; the README's default). */
export const site = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
export const urlOf = (path: string) => `${site}${path}`;
/** Absolute URLs name SITE_URL's origin; fetch them from the test server by path. */
export const localPath = (url: string) => {
  expect(url.startsWith(`${site}/`), `${url} is absolute on ${site}`).toBe(true);
  const u = new URL(url);
  return u.pathname + u.search;
};

export const hreflang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
export const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };
export const caseStudyRoutes = routes.filter((r) => r.startsWith('/case-studies/'));
/** hreflang x-default of a route: `/` (the language-choice page) for the home pages, else the zh page. */
export const xDefault = (route: string) => (route === '/' ? site : urlOf(pathOf('zh', route)));

export type Head = {
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

export async function headOf(page: Page, request: APIRequestContext, path: string): Promise<Head> {
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

export const metaValues = (head: Head, key: string) => head.meta.filter(([k]) => k === key).map(([, v]) => v);
export const metaValue = (head: Head, key: string) => {
  const values = metaValues(head, key);
  expect(values, key).toHaveLength(1);
  return values[0];
};

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}
