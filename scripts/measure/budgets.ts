// What a page may transfer (compressed bytes, empty cache): one list for
// audit:weight, audit:lighthouse and the no-framework e2e test.
export const byteBudget = {
  /** Inline JavaScript per page: the site ships no framework code. */
  js: 1024,
  /** The search pages' module, gzipped (issue 12's budget). */
  searchJs: 10 * 1024,
  html: 10 * 1024,
  total: 100 * 1024,
};
