// The one translator outside next-intl's request scope: MDX components, the
// feeds and the share images get their strings from translatorFor(locale),
// with the locale handed down from the route (never looked up again).
import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { messagesFor } from './messages';
import type { Locale } from './routing';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** `t(key, values)` for one locale; with a namespace ('Diagrams.merlin'), keys are relative to it. */
export function translatorFor<NS extends Namespace = never>(locale: Locale, namespace?: NS) {
  return createTranslator<Messages, NS>({ locale, messages: messagesFor(locale), namespace });
}
