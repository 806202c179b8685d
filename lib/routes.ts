// Routes the code links to or measures by name (without the locale prefix:
// localePath(locale, SEARCH_ROUTE) → "/zh/search"). Content pages take theirs
// from their file (lib/content-path.ts).

/** The search page (content/{locale}/search.mdx). */
export const SEARCH_ROUTE = '/search';
