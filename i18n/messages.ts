import { readPreviewMessages } from './preview-messages';
import type { Locale } from './routing';

/**
 * UI strings live in messages/{locale}/*.json, one file per area; each file's
 * top-level keys are namespaces (e.g. "Diagrams"). Files are merged here.
 */
export async function loadMessages(locale: Locale) {
  // npm run dev: the same files from disk, so that one that does not parse keeps its last good
  // version (i18n/preview-messages.ts), plus the strings of the preview's problem banner.
  if (process.env.NODE_ENV !== 'production') return readPreviewMessages(locale, ['common', 'diagrams', 'preview']);
  const [common, diagrams] = await Promise.all([
    import(`../messages/${locale}/common.json`),
    import(`../messages/${locale}/diagrams.json`),
  ]);
  return { ...common.default, ...diagrams.default };
}
