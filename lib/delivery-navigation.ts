// How the site is delivered after the first page, part of lib/delivery.ts
// (which re-exports it; every host's config is written from there):
// speculation rules that prefetch the next page, and Markdown on request.
import { routing } from '@/i18n/routing';

const perLocale = (pattern: string) => routing.locales.map((l) => pattern.replace(':locale', l));

/** The speculation rules' file (speculationRules), and its type. */
export const speculationRulesPath = '/speculation-rules.json';
export const speculationRulesType = 'application/speculationrules+json';

/**
 * Speculation rules (Chromium): a link to another page of the site is fetched
 * while the visitor hovers it (eagerness "moderate": ~200 ms on a pointer,
 * on pointerdown by touch), so the click shows a page already in memory. The
 * rules are a file, named by a `Speculation-Rules` header on every page: no
 * inline script, the CSP unchanged. Only links on the page qualify (document
 * rules), on this origin, under a locale, and never the search page (its
 * results depend on the query), Markdown twins, text files, feeds, share
 * images, anything with a query, or the page's own anchors.
 */
export function speculationRules() {
  const pages = routing.locales.flatMap((l) => [`/${l}`, `/${l}/*`]);
  // URL patterns relative to the page: a string pattern leaves the query and
  // fragment free ("/en/search" also matches "/en/search?q=ray"); "with a
  // query" needs the dictionary form, pathname absolute (else it is relative
  // to the page's folder) and a non-empty search.
  const never = [
    ...perLocale('/:locale/search'),
    '/*.md',
    '/*.txt',
    ...perLocale('/:locale/feed.xml'),
    '/og/*',
    { pathname: '/*', search: '(.+)' },
  ];
  return {
    prefetch: [
      {
        source: 'document',
        where: {
          and: [
            { href_matches: pages },
            { not: { href_matches: never } },
            { not: { selector_matches: ['[href^="#"]', '[download]', '[rel~="nofollow"]'] } },
          ],
        },
        eagerness: 'moderate',
      },
    ],
  };
}

/**
 * Markdown on request: a page asked with `Accept: text/markdown` is answered
 * with its Markdown twin (`<page>.md`) where the host can choose by a request
 * header (hosts[…].negotiatesMarkdown), and every page then says `Vary: Accept`.
 * Regex (PCRE and JavaScript alike) of an Accept header that lists
 * text/markdown with no text/html before it: "text/markdown, text/html;q=0.9"
 * → Markdown; a browser's "text/html,…,*\/*;q=0.8" → HTML. As with
 * Accept-Language, the order counts and q-values are not weighed.
 */
export const acceptMarkdownPattern = '^(?:(?!\\s*text/html\\b)[^,]*,)*\\s*text/markdown\\b';

/** Whether a request with this Accept header gets a page's Markdown twin (where the host negotiates). */
export const wantsMarkdown = (accept: string | undefined) => new RegExp(acceptMarkdownPattern, 'i').test(accept ?? '');

/** Headers of every HTML page (404 pages included) besides the security headers and Cache-Control. */
export function pageHeaders(negotiatesMarkdown: boolean): Record<string, string> {
  return {
    'Speculation-Rules': `"${speculationRulesPath}"`,
    ...(negotiatesMarkdown ? { Vary: 'Accept' } : {}),
  };
}
