// The attribution under a key number or a proof item, derived from the source
// it cites: a third-party summary is named as such ("via ZenML's summary"),
// any other source by its publisher ("Source: Instacart Engineering"). Typed
// by hand it drifted from the sources; derived, it cannot.
import type { Locale } from '@/i18n/routing';

type CitedSource = { id?: string; publisher?: string; summary?: boolean };
type Translate = (key: 'viaSummary' | 'fromSource', values: { publisher: string; possessive: string }) => string;

/** The source a figure cites, by id; undefined when the id names none (content:check reports it). */
export function citedSource<S extends CitedSource>(sources: S[], id: string | undefined): S | undefined {
  return id ? sources.find((s) => s.id === id) : undefined;
}

/** "ZenML's", "thevones'": the English possessive of a publisher's name. */
export function possessive(name: string, locale: Locale): string {
  if (locale !== 'en') return name;
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The attribution text for a cited source, with the CaseStudy messages' viaSummary / fromSource. */
export function attributionOf(source: CitedSource | undefined, locale: Locale, t: Translate): string | undefined {
  if (!source?.publisher) return undefined;
  const values = { publisher: source.publisher, possessive: possessive(source.publisher, locale) };
  return t(source.summary ? 'viaSummary' : 'fromSource', values);
}
