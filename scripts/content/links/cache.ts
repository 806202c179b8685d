// Results of earlier runs, by URL, in .cache/links/results.json (git-ignored,
// like every file under .cache/): a result younger than the maximum age is
// used instead of asking the site again.
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_CACHE_DIR } from '@/lib/build-cache';
import type { ProbeResult } from './probe';

export type LinkCache = Record<string, ProbeResult>;

export const DEFAULT_CACHE_FILE = path.join(BUILD_CACHE_DIR, 'links', 'results.json');

export function readCache(file: string): LinkCache {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  } catch {
    return {}; // none yet, or unreadable: start afresh
  }
}

export function writeCache(file: string, cache: LinkCache) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(cache, null, 2) + '\n');
}

export const isFresh = (result: ProbeResult | undefined, maxAgeMs: number, now: number): result is ProbeResult =>
  !!result && typeof result.checkedAt === 'number' && now - result.checkedAt < maxAgeMs;
