// For a page being rendered: is it behind its translation? Read at build time
// (and on every request of the dev preview) from the content files and the
// record, so that a mark or an edit shows on the next build or load.
import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import { CONTENT_DIR } from '../content-path';
import { readPairOf } from './pairs';
import { readRecord } from './record';
import { pairState } from './status';

export interface BehindNotice {
  /** The language whose version changed since the two were last in sync. */
  other: Locale;
  /** That version's `updated` date (YYYY-MM-DD). */
  otherUpdated: string;
}

/**
 * The notice the page at `sourceFilePath` (relative to content/, e.g.
 * "en/case-studies/spotify.mdx") shows, or undefined: none when the pair is in
 * sync, not marked, in one language, or when the record is missing or broken
 * (content:check reports that). Both sides edited (a conflict): both show it.
 */
export function behindNotice(sourceFilePath: string, locale: Locale): BehindNotice | undefined {
  const contentDir = path.join(process.cwd(), CONTENT_DIR);
  let record;
  try {
    record = readRecord(contentDir);
  } catch {
    return undefined;
  }
  const pair = record && readPairOf(contentDir, routing.locales, sourceFilePath);
  if (!record || !pair) return undefined;
  const state = pairState(pair.digests, record.pages[pair.route]);
  const other = routing.locales.find((l) => l !== locale && pair.files[l]);
  if (!other) return undefined;
  const behind = (state.kind === 'ahead' && state.behind === locale) || state.kind === 'conflict';
  const otherUpdated = pair.digests[other].updated;
  return behind && otherUpdated ? { other, otherUpdated } : undefined;
}
