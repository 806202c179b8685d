// Pure SEO helpers: hreflang alternates, the sitemap, JSON-LD, the feed's language.
// The content module is replaced by a small fixed site, so these tests do not
// move when content changes (e2e tests check the real site).
import { describe, expect, it, vi } from 'vitest';

type Doc = { locale: 'zh' | 'en'; route: string; updated: string; draft?: boolean };

// zh has /only-zh; en has /only-en; /draft-page is a draft (filtered like lib/content does in production).
const docs: Doc[] = [
  { locale: 'zh', route: '/', updated: '2026-01-02T00:00:00.000Z' },
  { locale: 'en', route: '/', updated: '2026-01-03T00:00:00.000Z' },
  { locale: 'zh', route: '/deployment', updated: '2026-02-01T00:00:00.000Z' },
  { locale: 'en', route: '/deployment', updated: '2026-02-02T00:00:00.000Z' },
  { locale: 'zh', route: '/only-zh', updated: '2026-03-01T00:00:00.000Z' },
  { locale: 'en', route: '/only-en', updated: '2026-03-02T00:00:00.000Z' },
  { locale: 'en', route: '/draft-page', updated: '2026-03-03T00:00:00.000Z', draft: true },
];

vi.mock('@/lib/content', () => {
  const published = (locale: string) => docs.filter((d) => d.locale === locale && !d.draft);
  return {
    getAllDocs: published,
    localesOf: (route: string) => (['zh', 'en'] as const).filter((l) => published(l).some((d) => d.route === route)),
  };
});

const { alternatesFor, absoluteUrl, isoDay, ogImageUrl, sitemapEntries } = await import('@/lib/seo');
const { serializeJsonLd, caseStudyJsonLd, organizationJsonLd, websiteJsonLd } = await import('@/lib/structured-data');
const { withLanguage } = await import('@/lib/feeds');

const origin = 'http://localhost:3000';

describe('alternatesFor', () => {
  it('links both translations and x-default (the default locale), absolute', () => {
    expect(alternatesFor('/deployment')).toEqual({
      'zh-CN': `${origin}/zh/deployment`,
      en: `${origin}/en/deployment`,
      'x-default': `${origin}/zh/deployment`,
    });
    // The home pages' x-default is the language-choice page `/`.
    expect(alternatesFor('/')).toEqual({ 'zh-CN': `${origin}/zh`, en: `${origin}/en`, 'x-default': origin });
  });

  it('claims no translation that does not exist', () => {
    expect(alternatesFor('/only-zh')).toEqual({ 'zh-CN': `${origin}/zh/only-zh`, 'x-default': `${origin}/zh/only-zh` });
    // Only in en: x-default falls back to the page that exists.
    expect(alternatesFor('/only-en')).toEqual({ en: `${origin}/en/only-en`, 'x-default': `${origin}/en/only-en` });
    expect(alternatesFor('/draft-page')).toEqual({});
  });
});

describe('URLs', () => {
  it('are absolute on SITE_URL', () => {
    expect(absoluteUrl('/zh/feed.xml')).toBe(`${origin}/zh/feed.xml`);
    expect(absoluteUrl('/')).toBe(origin);
    expect(ogImageUrl('zh', '/')).toBe(`${origin}/og/zh.png`);
    expect(ogImageUrl('en', '/case-studies/spotify')).toBe(`${origin}/og/en/case-studies/spotify.png`);
  });

  it('isoDay keeps the frontmatter day', () => {
    expect(isoDay('2026-11-27T00:00:00.000Z')).toBe('2026-11-27');
  });
});

describe('sitemapEntries', () => {
  const entries = sitemapEntries();

  it('lists every published page of every locale once, drafts excluded', () => {
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        `${origin}/zh`,
        `${origin}/en`,
        `${origin}/zh/deployment`,
        `${origin}/en/deployment`,
        `${origin}/zh/only-zh`,
        `${origin}/en/only-en`,
      ].sort(),
    );
  });

  it('takes lastModified from frontmatter and adds hreflang alternates', () => {
    const en = entries.find((e) => e.url === `${origin}/en/deployment`)!;
    expect(en.lastModified).toBe('2026-02-02');
    expect(en.alternates?.languages).toEqual(alternatesFor('/deployment'));
    const onlyZh = entries.find((e) => e.url === `${origin}/zh/only-zh`)!;
    expect(Object.keys(onlyZh.alternates?.languages ?? {})).toEqual(['zh-CN', 'x-default']);
  });
});

describe('serializeJsonLd', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c -->', sep: 'x\u2028y' };
  const json = serializeJsonLd(hostile);

  it('cannot close the script element or open a comment', () => {
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(json).not.toContain('&');
  });

  it('parses back to the same data', () => {
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('structured data', () => {
  const site = { locale: 'en' as const, name: 'Ray for ML Infrastructure', description: 'Tagline' };
  const study = {
    locale: 'en',
    route: '/case-studies/spotify',
    title: 'Spotify: Ray',
    description: 'What Spotify did.',
    published: '2026-11-20T00:00:00.000Z',
    updated: '2026-11-27T00:00:00.000Z',
    company: 'Spotify',
    sources: [{ title: 'Blog', url: 'https://example.org/post', publisher: 'Spotify Engineering' }],
  } as unknown as Parameters<typeof caseStudyJsonLd>[0];

  it('describes a case study as an Article with the required properties', () => {
    const article = caseStudyJsonLd(study, site);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Spotify: Ray',
      description: 'What Spotify did.',
      inLanguage: 'en',
      datePublished: '2026-11-20',
      dateModified: '2026-11-27',
      url: `${origin}/en/case-studies/spotify`,
      image: { url: `${origin}/og/en/case-studies/spotify.png`, width: 1200, height: 630 },
      author: { '@type': 'Organization', name: site.name },
      publisher: { '@type': 'Organization', name: site.name, logo: { url: `${origin}/apple-icon.png` } },
    });
    expect(article.citation[0]).toMatchObject({ '@type': 'CreativeWork', url: 'https://example.org/post' });
  });

  it('names the site and its publisher', () => {
    expect(organizationJsonLd(site)).toMatchObject({ '@type': 'Organization', url: `${origin}/en`, name: site.name });
    const website = websiteJsonLd(site);
    expect(website).toMatchObject({ '@type': 'WebSite', url: `${origin}/en`, inLanguage: 'en' });
    expect(website.publisher['@id']).toBe(organizationJsonLd(site)['@id']);
  });
});

describe('withLanguage', () => {
  it('sets xml:lang on the Atom root', () => {
    const atom = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n</feed>';
    expect(withLanguage(atom, 'zh-CN')).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
  });

  it('refuses a document it does not recognise', () => {
    expect(() => withLanguage('<rss version="2.0"></rss>', 'en')).toThrow();
  });
});
