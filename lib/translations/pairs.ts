// Pages as pairs of files: content/zh/x.mdx and content/en/x.mdx share the
// route /x. A pair may have one file only (a page in one language). A
// resource (content/resources/x.yaml) is a pair in one file: its zh and en
// halves, keyed "resources/x".
import fs from 'node:fs';
import path from 'node:path';
import { contentPath, flattenedPath } from '../content-path';
import { contentDigest, resourceHalfDigest, type ContentDigest } from './content-hash';

export interface PagePair {
  /** Route without the locale: "/", "/case-studies/spotify"; for a resource "resources/<slug>". */
  route: string;
  /** By locale: the file's path relative to the content folder ("en/case-studies/spotify.mdx"). */
  files: Record<string, string>;
  /** By locale: the file's digest now. */
  digests: Record<string, ContentDigest>;
}

/** The pairs among these files (path relative to the content folder, and text); other files are left out. */
export function pairsOf(files: { rel: string; text: string }[], locales: readonly string[]): PagePair[] {
  const byRoute = new Map<string, PagePair>();
  for (const { rel, text } of files) {
    const resource = /^resources\/([^/]+)\.ya?ml$/.exec(rel);
    if (resource) {
      const route = `resources/${resource[1]}`;
      byRoute.set(route, {
        route,
        files: Object.fromEntries(locales.map((l) => [l, rel])),
        digests: Object.fromEntries(locales.map((l) => [l, resourceHalfDigest(text, l)])),
      });
      continue;
    }
    if (!rel.endsWith('.mdx')) continue;
    const { locale, route } = contentPath(flattenedPath(rel));
    if (!locales.includes(locale)) continue;
    const pair = byRoute.get(route) ?? { route, files: {}, digests: {} };
    pair.files[locale] = rel;
    pair.digests[locale] = contentDigest(text);
    byRoute.set(route, pair);
  }
  return [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route));
}

/** Every page pair under `contentDir` (content/{locale}/**\/*.mdx), and every resource (content/resources/*.yaml). */
export function readPairs(contentDir: string, locales: readonly string[]): PagePair[] {
  const files = [...locales, 'resources'].flatMap((folder) =>
    walk(path.join(contentDir, folder)).map((file) => {
      const rel = `${folder}/${file}`;
      return { rel, text: fs.readFileSync(path.join(contentDir, rel), 'utf8') };
    }),
  );
  return pairsOf(files, locales);
}

/** The pair of one page, read from disk: `file` is one of its files, relative to the content folder. */
export function readPairOf(contentDir: string, locales: readonly string[], file: string): PagePair | undefined {
  const [, ...rest] = file.split('/');
  const files = locales.flatMap((locale) => {
    const rel = [locale, ...rest].join('/');
    const abs = path.join(contentDir, rel);
    return fs.existsSync(abs) ? [{ rel, text: fs.readFileSync(abs, 'utf8') }] : [];
  });
  return pairsOf(files, locales)[0];
}

function walk(dir: string, base = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return walk(path.join(dir, entry.name), rel);
    return /\.(mdx|ya?ml)$/.test(entry.name) ? [rel] : [];
  });
}
