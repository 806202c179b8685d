import type { Messages } from 'next-intl';
import { readPreviewMessages } from './preview-messages';
import type { Locale } from './routing';
import zhCommon from '../messages/zh/common.json';
import zhDiagrams from '../messages/zh/diagrams.json';
import enCommon from '../messages/en/common.json';
import enDiagrams from '../messages/en/diagrams.json';

/**
 * UI strings live in messages/{locale}/*.json, one file per area; each file's
 * top-level keys are namespaces (e.g. "Diagrams"). Files are merged here.
 * Typed by locale: a locale added to i18n/routing.ts without its files fails `tsc`.
 */
const built: Record<Locale, object> = {
  zh: { ...zhCommon, ...zhDiagrams },
  en: { ...enCommon, ...enDiagrams },
};

/** The UI strings of a locale: next-intl's request config and translatorFor (i18n/translator.ts) both read them here. */
export function messagesFor(locale: Locale): Messages {
  // npm run dev: the same files from disk, so that one that does not parse keeps its last good
  // version (i18n/preview-messages.ts), plus the strings of the preview's problem banner.
  if (process.env.NODE_ENV !== 'production') return readPreviewMessages(locale, ['common', 'diagrams', 'preview']) as Messages;
  return built[locale] as Messages;
}
