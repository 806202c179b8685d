// The one rule from a content file to its page: Contentlayer's computed fields
// (lib/content-model.ts), the content check and the tools all use it.

/** The content folder, relative to the project root (the content model's contentDirPath). */
export const CONTENT_DIR = 'content';

export interface ContentPath {
  /** First folder: "zh", "en" (or "resources" for data files). */
  locale: string;
  /** Last URL segment; empty for a folder's index (the home page). */
  slug: string;
  /** URL path without the locale: "/", "/deployment", "/case-studies/spotify". */
  route: string;
}

/** A file under content/ as Contentlayer names it: "zh/why-ray/index.mdx" → "zh/why-ray", "zh/index.mdx" → "zh". */
export function flattenedPath(file: string): string {
  return file.replace(/\.[^./]+$/, '').replace(/\/?index$/, '');
}

/** "zh/why-ray/open-and-extensible" (a flattened path) → { locale: "zh", slug: "open-and-extensible", route: "/why-ray/open-and-extensible" }. */
export function contentPath(flattenedPath: string): ContentPath {
  const [locale, ...rest] = flattenedPath.split('/');
  const segments = rest.filter((s) => s !== 'index');
  const last = rest.at(-1) ?? '';
  return { locale, slug: last === 'index' ? '' : last, route: '/' + segments.join('/') };
}
