// The translation record: content/translations.json, committed, one entry per
// page route with the digest (content-hash.ts) of each language's file when
// the two were last marked in sync. A file, not git history, so that it works
// in a shallow clone; beside the content, not in its frontmatter, so that MDX
// stays the authors' own and marking touches one file.
// Written only by `npm run translations -- --mark` (scripts/content/translations.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { RecordEntry } from './status';

/** Relative to the content folder (content/guide/translate.md tells authors about it; the content model excludes it). */
export const RECORD_FILE = 'translations.json';

export interface TranslationRecord {
  /** By route without the locale: "/", "/case-studies/spotify". */
  pages: Record<string, RecordEntry>;
}

export const emptyRecord = (): TranslationRecord => ({ pages: {} });

/**
 * The record in `contentDir`: undefined when there is none (content:check then
 * skips the translation rules; the CLI reads every pair as "not marked").
 * Throws, naming the file, when it is not valid JSON (a merge conflict).
 */
export function readRecord(contentDir: string): TranslationRecord | undefined {
  const file = path.join(contentDir, RECORD_FILE);
  if (!fs.existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<TranslationRecord>;
    return { pages: parsed.pages ?? {} };
  } catch (error) {
    throw new Error(`${RECORD_FILE} is not valid JSON (${(error as Error).message})`);
  }
}

/** Routes sorted, so that a mark changes only its own lines (and merges cleanly). */
export function writeRecord(contentDir: string, record: TranslationRecord) {
  const pages = Object.fromEntries(Object.entries(record.pages).sort(([a], [b]) => a.localeCompare(b)));
  const text = JSON.stringify(
    {
      $comment: 'Written by `npm run translations -- --mark <file|folder>`; see content/guide/translate.md. Do not edit by hand.',
      pages,
    },
    null,
    2,
  );
  fs.writeFileSync(path.join(contentDir, RECORD_FILE), text + '\n');
}

/** Records that the pair's files, as they are now, say the same (or, for a page in one language, that its file is current). */
export function markPair(
  record: TranslationRecord,
  pair: { route: string; digests: Record<string, RecordEntry['files'][string]> },
  today: string,
) {
  record.pages[pair.route] = { syncedOn: today, files: { ...pair.digests } };
}
