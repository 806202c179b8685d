// `npm run dev` only (i18n/messages.ts): the UI strings are read from disk on
// every request instead of imported. A file that does not parse (a comma too
// many, or half saved) then keeps its last good version, and the content
// check's banner names it on every page, instead of every page failing to
// compile (a 500). A production build imports the files as before.
import fs from 'node:fs';
import path from 'node:path';

const lastGood = new Map<string, Record<string, unknown>>();

/** messages/{locale}/{name}.json for each name, merged in that order. */
export function readPreviewMessages(locale: string, names: readonly string[]): Record<string, unknown> {
  const parts = names.map((name) => {
    const file = path.join(process.cwd(), 'messages', locale, `${name}.json`);
    try {
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      lastGood.set(file, messages);
      return messages;
    } catch {
      return lastGood.get(file) ?? {};
    }
  });
  return Object.assign({}, ...parts);
}
