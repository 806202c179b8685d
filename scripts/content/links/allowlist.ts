// URLs check:links does not request, each with the reason: sites that answer
// robots with 403 or a challenge page while people read them fine. An entry
// covers every URL that starts with it. Add one only after opening the page
// in a browser; the reason says what the site does to the checker.

export interface AllowEntry {
  /** A URL prefix: "https://example.org/" covers the whole site. */
  url: string;
  /** Why the checker cannot see this site as a reader does. */
  reason: string;
}

export const allowlist: AllowEntry[] = [];

export const allowedBy = (url: string, list: AllowEntry[]) => list.find((entry) => url.startsWith(entry.url));

/** An entry without a reason, or that is not an http(s) URL, is a mistake in the list. */
export function allowlistMistakes(list: AllowEntry[]): string[] {
  return list.flatMap((entry, i) => [
    ...(/^https?:\/\/[^/\s]+/i.test(entry.url ?? '') ? [] : [`allowlist entry ${i + 1}: "${entry.url}" is not an http(s) URL`]),
    ...(entry.reason?.trim() ? [] : [`allowlist entry ${i + 1} (${entry.url}) has no reason: say why the site cannot be checked`]),
  ]);
}
