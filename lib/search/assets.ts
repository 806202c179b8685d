// Where the search's static files are, for the search page (build time). The
// build step scripts/build/search/build.ts writes them and this manifest; without
// it (no build yet) the search page still lists every page, without the module.
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_CACHE_DIR } from '../build-cache';

/** URL folder of the module and the indexes (lib/delivery.ts gives it its cache rule and allows the module). */
export const SEARCH_ASSETS_PATH = '/assets/search';

/** Relative to the project root, in the build cache (lib/build-cache.ts); not served. */
export const MANIFEST_FILE = path.join(BUILD_CACHE_DIR, 'search', 'manifest.json');

export type SearchManifest = { script: string; indexes: Record<string, string> };

export function searchManifest(): SearchManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(process.cwd(), MANIFEST_FILE), 'utf8')) as SearchManifest;
  } catch {
    return null;
  }
}
