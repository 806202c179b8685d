import fs from 'node:fs';
import path from 'node:path';
import type { Messages } from 'next-intl';
import { readPreviewMessages } from './preview-messages';
import type { Locale } from './routing';

/**
 * UI strings live in messages/{locale}/*.json, one file per area; each file's
 * top-level keys are namespaces (e.g. "Diagrams"). Files are merged here.
 * They are read from disk, not imported: an import of a file that does not
 * parse would fail the dev server's compile (a 500 on every page), and pages,
 * feeds and share images are all rendered in Node at build time anyway.
 */
const files = ['common', 'diagrams'] as const;
const built = new Map<Locale, Messages>();

/** The UI strings of a locale: next-intl's request config and translatorFor (i18n/translator.ts) both read them here. */
export function messagesFor(locale: Locale): Messages {
  // npm run dev: read on every call, so that one that does not parse keeps its last good
  // version (i18n/preview-messages.ts), plus the strings of the preview's problem banner.
  if (process.env.NODE_ENV !== 'production') return readPreviewMessages(locale, [...files, 'preview']) as Messages;
  let messages = built.get(locale);
  if (!messages) {
    // A build fails here, naming the file, if one does not parse (content:check names the line first).
    const parts = files.map((name) => {
      const file = path.join(process.cwd(), 'messages', locale, `${name}.json`);
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as object;
      } catch (error) {
        throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
      }
    });
    messages = Object.assign({}, ...parts) as Messages;
    built.set(locale, messages);
  }
  return messages;
}
