// next-intl's types for this site: the locales of i18n/routing.ts and the
// messages of messages/en/*.json (every locale has the same keys; content:check
// reports a missing one). An unknown message key or locale fails `tsc`.
import type { routing } from './routing';
import type common from '../messages/en/common.json';
import type diagrams from '../messages/en/diagrams.json';
// The dev preview's strings (loaded by `npm run dev` only: i18n/messages.ts).
import type preview from '../messages/en/preview.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof common & typeof diagrams & typeof preview;
  }
}
