// The search index in parts, so that a query loads only what it needs and the
// search page stays light as the content grows (issue 21):
//   head      every document's title, label, description and meta, MiniSearch's
//             document statistics, and the URLs of the parts below;
//   terms     MiniSearch's postings, in shards by the first character of the
//             term: a query needs one shard per distinct first character of
//             its words (a prefix shares its first character with the words it
//             completes, and so, usually, does a typo), and of its Han
//             character pairs when the substring fallback runs;
//   bodies    the pages' plain text in small chunks of neighbouring documents,
//             read for the excerpts of the hits shown, the phrase boost and the
//             Chinese substring fallback (a window of the best pages each:
//             engine.ts, BODY_WINDOW).
// Ranking is MiniSearch's over the postings of the query's shards, which are
// every posting of every term the query can match: the results are those of the
// whole index (tests/unit/search.test.ts compares them), save a typo in the
// first letter, which the whole index would have forgiven.
// Build time (scripts/build/search/build.ts) splits; the browser (client.ts),
// the tests and the measurements search through createSplitSearch.
import type { AsPlainObject } from 'minisearch';
import { createSearch, MAX_QUERY_LENGTH, type IndexFile, type Results, type Search, type StoredDoc } from './engine';
import { tokenize } from './tokenize';

type Postings = AsPlainObject['index'][number];

/** The file a search page links (data-index): everything but the postings and the bodies. */
export type SearchHead = {
  version: 2;
  locale: string;
  /** Documents without their body; `chunk` is the number of the body chunk that holds it (-1: no body). */
  docs: (Omit<StoredDoc, 'body'> & { chunk: number })[];
  /** MiniSearch's serialized index without its postings. */
  stats: Omit<AsPlainObject, 'index'>;
  /** URLs of the term shards, by shard number (shardOf). */
  terms: string[];
  /** URLs of the body chunks, by chunk number. */
  bodies: string[];
};

export type SplitIndex = { head: Omit<SearchHead, 'terms' | 'bodies'>; shards: Postings[][]; chunks: Record<string, string>[] };

/**
 * Raw bytes a term shard and a body chunk aim at: large enough to keep
 * requests few, small enough that a query loads little. A query reads one
 * shard a word, and a body for each hit shown, scattered over the site.
 */
export const PART_BYTES = { terms: 8 * 1024, bodies: 2 * 1024 };

/** The shard of a term: its first code point, spread over `count` shards. */
export const shardOf = (term: string, count: number) => (term.codePointAt(0) ?? 0) % count;

/** The shards a query's words can match in (its Han pairs may need more: Search.extraTermsRead). */
export function queryShards(query: string, locale: string, count: number): number[] {
  return [...new Set(tokenize(query.slice(0, MAX_QUERY_LENGTH), locale).map((t) => shardOf(t, count)))].sort((a, b) => a - b);
}

/** Build time: one locale's whole index file into head, term shards and body chunks. */
export function splitIndex(file: IndexFile, partBytes = PART_BYTES): SplitIndex {
  const { index, ...stats } = file.index;
  const postingsBytes = JSON.stringify(index).length;
  const count = Math.max(1, Math.ceil(postingsBytes / partBytes.terms));
  const shards: Postings[][] = Array.from({ length: count }, () => []);
  for (const entry of index) shards[shardOf(entry[0], count)].push(entry);

  const chunks: Record<string, string>[] = [];
  let size = Infinity;
  const docs = file.docs.map(({ body, ...doc }) => {
    if (!body) return { ...doc, chunk: -1 }; // resources: nothing to load
    if (size + body.length > partBytes.bodies && size > 0) {
      chunks.push({});
      size = 0;
    }
    chunks[chunks.length - 1][doc.id] = body;
    size += body.length;
    return { ...doc, chunk: chunks.length - 1 };
  });
  return { head: { version: 2, locale: file.locale, docs, stats }, shards, chunks };
}

export type SplitSearch = (query: string, limit?: number) => Promise<Results>;

/**
 * Search over a split index: loads the query's term shards and the bodies the
 * ranking and excerpts read (each part once), then searches. `load` fetches a
 * part's JSON by URL; a failed load rejects the search.
 */
export function createSplitSearch(head: SearchHead, load: (url: string) => Promise<unknown>): SplitSearch {
  const parts = new Map<string, Promise<unknown>>();
  const part = <T>(url: string) => {
    if (!parts.has(url)) {
      const loading = load(url);
      loading.catch(() => parts.delete(url)); // a later query tries again
      parts.set(url, loading);
    }
    return parts.get(url) as Promise<T>;
  };
  const docs: StoredDoc[] = head.docs.map(({ chunk: _, ...doc }) => ({ ...doc, body: '' }));
  const chunkOf = new Map(head.docs.map((d) => [d.id, d.chunk]));
  const loadedChunks = new Set<number>();

  async function loadBodies(ids: string[] | 'all') {
    const wanted = ids === 'all' ? head.bodies.map((_, i) => i) : [...new Set(ids.map((id) => chunkOf.get(id)!))].filter((c) => c >= 0);
    const missing = wanted.filter((c) => !loadedChunks.has(c));
    const loaded = await Promise.all(missing.map((c) => part<Record<string, string>>(head.bodies[c])));
    missing.forEach((c, i) => {
      for (const doc of docs) if (doc.id in loaded[i]) doc.body = loaded[i][doc.id];
      loadedChunks.add(c);
    });
    return missing.length > 0;
  }

  // One engine per set of shards (a body that arrives later means a new one:
  // the engine caches normalized text). Few sets occur while typing; keep the last ones.
  const engines = new Map<string, Search>();
  async function engineFor(shards: number[], fresh: boolean): Promise<Search> {
    const key = shards.join(',');
    if (fresh) engines.clear();
    if (!engines.has(key)) {
      const postings = (await Promise.all(shards.map((s) => part<Postings[]>(head.terms[s])))).flat();
      const file: IndexFile = { version: 1, locale: head.locale, docs, index: { ...head.stats, index: postings } };
      if (engines.size >= 8) engines.delete(engines.keys().next().value!);
      engines.set(key, createSearch(file));
    }
    return engines.get(key)!;
  }

  return async (rawQuery, limit = 20) => {
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
    if (!query) return { hits: [], total: 0, match: null };
    const count = head.terms.length;
    const words = queryShards(query, head.locale, count);
    // The Han pairs' shards too, when no page has all the words (the substring fallback).
    const extra = (await engineFor(words, false)).extraTermsRead(query).map((t) => shardOf(t, count));
    const shards = [...new Set([...words, ...extra])].sort((a, b) => a - b);
    const first = await engineFor(shards, false);
    // The bodies the ranking reads, then those of the hits shown (for their excerpts).
    let engine = await engineFor(shards, await loadBodies(first.bodiesRead(query)));
    const shown = engine(query, limit).hits.map((h) => h.doc.id);
    engine = await engineFor(shards, await loadBodies(shown));
    return engine(query, limit);
  };
}

/** A split index served from memory (tests, measurements): its head, a loader, and the URLs loaded so far. */
export function servedFromMemory({ head, shards, chunks }: SplitIndex) {
  const files = new Map<string, string>();
  const add = (url: string, content: unknown) => (files.set(url, JSON.stringify(content)), url);
  const full: SearchHead = {
    ...head,
    terms: shards.map((s, n) => add(`terms.${n}`, s)),
    bodies: chunks.map((c, n) => add(`bodies.${n}`, c)),
  };
  const loaded: string[] = [];
  const load = async (url: string) => (loaded.push(url), JSON.parse(files.get(url)!) as unknown);
  return { head: JSON.parse(JSON.stringify(full)) as SearchHead, load, loaded, files };
}
