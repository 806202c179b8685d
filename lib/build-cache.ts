// The project's one ignored folder for intermediate files (.cache/), each tool
// in a subfolder of its own: images/ (conversions), search/ (the manifest),
// nginx/<port>/ (a running server's files),
// preview/ (the dev preview's problem list), links/ (outbound link results).
// The site itself is built into out/ (and hosting/, one folder per host).
import path from 'node:path';

export const BUILD_CACHE_DIR = '.cache';

/** <root>/.cache/<parts…> */
export const buildCachePath = (root: string, ...parts: string[]) => path.join(root, BUILD_CACHE_DIR, ...parts);
