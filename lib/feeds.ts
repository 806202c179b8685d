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

  // `feed` writes titles and summaries as type="html" in CDATA (a "]]>" in the text would end it): each is a
  // placeholder here, replaced below by the text itself, escaped, as type="text": no reader renders it as HTML.
  const texts: string[] = [];
  const placeholder = (text: string) => `\u0000${texts.push(text) - 1}\u0000`;
  for (const study of studies) {
    const url = absoluteUrl(localePath(locale, study.route));
    feed.addItem({
      title: placeholder(study.title),
      id: url,
      link: url,
      description: placeholder(study.description),
      date: new Date(study.updated),
      published: new Date(study.published),
      author: [{ name: site, link: home }],
      category: study.rayLibraries.map((name) => ({ name, term: name })),
    });
  }
  return withLanguage(asText(feed.atom1(), texts), localeTags[locale].hreflang);
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Each `<title type="html"><![CDATA[placeholder]]></title>` (and summary) as `<title type="text">escaped text</title>`. */
export function asText(atom: string, texts: string[]): string {
  const out = atom.replace(
    /<(title|summary) type="html"><!\[CDATA\[\u0000(\d+)\u0000\]\]><\/\1>/g,
    (_, tag: string, i: string) => `<${tag} type="text">${xmlText(texts[Number(i)])}</${tag}>`,
  );
  if (out.includes('\u0000')) throw new Error('Atom feed: a title or summary was not written as text');
  return out;
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
