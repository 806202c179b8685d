// Atom feed of the case studies, one per locale (app/[locale]/feed.xml/route.ts),
// built with the `feed` package. Published case studies only; dates come from
// frontmatter, so the feed does not change between builds of the same content.
import { Feed } from 'feed';
import { localePath, localeTags, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getCaseStudies, getPage } from './content';
import { absoluteUrl, feedPath, ogImageUrl } from './seo';

export async function caseStudyFeed(locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const site = t('Site.name');
  const home = absoluteUrl(localePath(locale, '/'));
  const studies = getCaseStudies(locale);
  const index = getPage(locale, '/case-studies');
  const latest = studies.map((s) => new Date(s.updated)).sort((a, b) => b.getTime() - a.getTime())[0];

  const feed = new Feed({
    id: absoluteUrl(feedPath(locale)),
    title: t('Seo.feedTitle', { site }),
    description: index?.description ?? t('Site.tagline'),
    link: absoluteUrl(localePath(locale, '/case-studies')),
    feedLinks: { atom: absoluteUrl(feedPath(locale)) },
    language: localeTags[locale].hreflang,
    updated: latest ?? new Date(0),
    author: { name: site, link: home },
    favicon: absoluteUrl('/icon.svg'),
    image: ogImageUrl(locale, '/case-studies'),
    copyright: t('Footer.trademark'),
  });

  for (const study of studies) {
    const url = absoluteUrl(localePath(locale, study.route));
    feed.addItem({
      title: study.title,
      id: url,
      link: url,
      description: study.description,
      date: new Date(study.updated),
      published: new Date(study.published),
      author: [{ name: site, link: home }],
      category: study.rayLibraries.map((name) => ({ name, term: name })),
    });
  }
  return withLanguage(feed.atom1(), localeTags[locale].hreflang);
}

/**
 * `feed` writes no language for Atom (its `language` option is RSS-only); set
 * xml:lang on the root element so readers know the feed's language.
 */
export function withLanguage(atom: string, lang: string): string {
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!atom.includes(root)) throw new Error('Atom feed: unexpected root element');
  return atom.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
}
