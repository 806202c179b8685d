// Where a page's Markdown twin lives (lib/markdown/twin.ts writes it; every
// page's <head> links it, lib/seo.ts): the page's URL plus ".md", so the home
// page /en has /en.md. The search page has none: it is a form, not text.
import { localePath, type Locale } from '@/i18n/routing';
import { SEARCH_ROUTE } from '@/lib/routes';
import { isAllowedUrl } from '../content-safety/urls';

export const hasMarkdownTwin = (route: string) => route !== SEARCH_ROUTE;

export const markdownPath = (locale: Locale, route: string) => `${localePath(locale, route)}.md`;

/**
 * A value from the frontmatter or YAML, written into Markdown built as text
 * (titles, facts, sources, llms.txt entries): the characters that would make
 * it a link, HTML, emphasis or code are escaped, so a twin carries nothing
 * the HTML page would not (issue 31). Line breaks become spaces.
 */
export const markdownText = (value: string) => value.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);

/** An address for a Markdown link: undefined (the link is dropped, its text kept) unless https:, http:, mailto: or a site path. */
export const markdownUrl = (url: string): string | undefined =>
  isAllowedUrl(url) ? url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : undefined;

/** `[text](url)`, or the text alone when the address is not allowed. */
export const markdownLink = (text: string, url: string) => {
  const href = markdownUrl(url);
  return href ? `[${markdownText(text)}](${href})` : markdownText(text);
};
