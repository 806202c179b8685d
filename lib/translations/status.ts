// Translation status of one page from the record (record.ts) and its files'
// digests now: pure, so the CLI, content:check and the page notice agree.
import type { ContentDigest } from './content-hash';

/** What the record keeps of one page: each language's digest when the pair was last marked in sync. */
export interface RecordEntry {
  /** Day of the mark (YYYY-MM-DD). */
  syncedOn: string;
  /** By locale: the digest of that file at the mark. */
  files: Record<string, ContentDigest>;
}

export type PairState =
  | { kind: 'in sync'; syncedOn: string }
  /** One language changed since the mark: the other is behind. */
  | { kind: 'ahead'; ahead: string; behind: string; syncedOn: string }
  /** Both changed since the mark: neither can be called in sync. */
  | { kind: 'conflict'; syncedOn: string }
  /** Only this language has a file (a page published in one language, or a new one). */
  | { kind: 'only'; locale: string }
  /** Both files exist but were never marked (a new page): run --mark once they agree. */
  | { kind: 'not marked' };

/** `current`: the digest of each language's file that exists now. */
export function pairState(current: Record<string, ContentDigest>, entry: RecordEntry | undefined): PairState {
  const present = Object.keys(current);
  if (present.length === 1) return { kind: 'only', locale: present[0] };
  if (!entry || present.some((l) => !entry.files[l])) return { kind: 'not marked' };
  const changed = present.filter((l) => entry.files[l].hash !== current[l].hash);
  const { syncedOn } = entry;
  if (changed.length === 0) return { kind: 'in sync', syncedOn };
  if (changed.length === 1) return { kind: 'ahead', ahead: changed[0], behind: present.find((l) => l !== changed[0])!, syncedOn };
  return { kind: 'conflict', syncedOn };
}

/** The state as one label: "in sync", "zh ahead", "en only", "conflict", "not marked". */
export function stateLabel(state: PairState): string {
  if (state.kind === 'ahead') return `${state.ahead} ahead`;
  if (state.kind === 'only') return `${state.locale} only`;
  return state.kind;
}

/**
 * Languages whose content changed since the mark while their `updated` date
 * stayed the same: the date now understates the page's last change. A date
 * that already says `today` (the author's local day) is right, whatever the
 * mark: an edit on the day of the last change needs no new date.
 */
export function staleDates(current: Record<string, ContentDigest>, entry: RecordEntry | undefined, today?: string): string[] {
  if (!entry) return [];
  return Object.keys(current).filter((l) => {
    const then = entry.files[l];
    const updated = current[l].updated;
    // (resources have no date)
    return then !== undefined && updated !== undefined && then.hash !== current[l].hash && then.updated === updated && updated !== today;
  });
}
