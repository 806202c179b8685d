// The site search, shared by the index builder (Node, at build), the search
// module (browser) and the recall tests: the same MiniSearch options, the same
// tokenizer (./tokenize.ts) and the same ranking, so what the tests measure is
// what visitors get. No DOM here (see ./client.ts), nothing build-only (see ./documents.ts).
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { hanPairs, isHan, normalize, tokenize } from './tokenize';

/** One searchable page or resource, as the index builder makes it from the content. */
export type SearchDoc = {
  /** The URL path, also the id: '/zh/case-studies/spotify', '/zh/resources#resource-merlin-talk'. */
  id: string;
  title: string;
  /** Where it sits, for the result line: 'Case study · Spotify', 'Talk'. */
  label: string;
  description: string;
  /** Section headings of the body (also in `body`; indexed separately to rank them higher). */
  headings: string;
  /** Frontmatter shown on the page: lead, summary, facts panel, sources… */
  meta: string;
  /** The body as plain text (no markup): excerpts come from it. */
  body: string;
};

/** What the index file keeps of a document for showing results (headings are in the body). */
export type StoredDoc = Omit<SearchDoc, 'headings'>;

/** One locale's whole index, as built (lib/search/split.ts serves it in parts: /assets/search/<locale>.<hash>.json and its shards and chunks). */
export type IndexFile = { version: 1; locale: string; docs: StoredDoc[]; index: ReturnType<MiniSearch['toJSON']> };

export type Hit = {
  doc: StoredDoc;
  /** Normalized words (or the substring) that matched: the excerpt highlights them. */
  terms: string[];
  score: number;
};

/** How the hits were found: every word; the query as a substring; some of the words. */
export type Match = 'all-words' | 'substring' | 'some-words';

export const MAX_QUERY_LENGTH = 200;

/**
 * The phrase boost and the substring fallback read the bodies of this many
 * pages, the best by their words or by their Han character pairs (titles,
 * descriptions and facts they read for all): enough to lift the page with
 * the phrase into the first results, few enough that a query loads only a
 * handful of bodies (lib/search/split.ts).
 */
export const BODY_WINDOW = 10;

/** Weight of a resource (talk, post…) against a page of the site. */
const RESOURCE_WEIGHT = 0.5;

/** The fields searched for words. */
const WORD_FIELDS = ['title', 'description', 'headings', 'meta', 'body'];
/** A field of Han character pairs of the whole text (tokenize.ts: hanPairs), only for the substring fallback's candidates. */
const PAIRS_FIELD = 'hanPairs';

function options(locale: string): Options<SearchDoc> {
  return {
    fields: [...WORD_FIELDS, PAIRS_FIELD],
    storeFields: [],
    extractField: (doc, field) =>
      field === PAIRS_FIELD ? `${doc.title}\n${doc.description}\n${doc.meta}\n${doc.body}` : (doc as Record<string, string>)[field],
    tokenize: (text, field) => (field === PAIRS_FIELD ? hanPairs(text) : tokenize(text, locale)),
    processTerm: (term) => term, // tokenize() has normalized it
    searchOptions: {
      fields: WORD_FIELDS,
      tokenize: (text) => tokenize(text, locale),
      boost: { title: 4, headings: 2, meta: 1.5 },
      // As you type, the last word is usually incomplete: "orchestr" → orchestrator(s), "特" → 特征.
      // Only the last: a query's other words are complete, and for Chinese a one-character word
      // as a prefix ("工作流编排器" → 工作|流|编排|器) would match every word that starts with it.
      prefix: (_term, i, terms) => i === terms.length - 1,
      // A resource is a one-line pointer to another site: short, so BM25 would rank it above the
      // pages that answer the question at length. It still shows, below them.
      boostDocument: (id) => (String(id).includes('#resource-') ? RESOURCE_WEIGHT : 1),
      // A typo or a plural in English ("orchestrators" ↔ "orchestrator"); never for Chinese words.
      fuzzy: (term) => (!isHan(term) && term.length >= 5 ? 0.2 : false),
    },
  };
}

/** Build time: the index file of one locale's documents. */
export function buildIndexFile(locale: string, docs: SearchDoc[]): IndexFile {
  const mini = new MiniSearch(options(locale));
  mini.addAll(docs);
  return { version: 1, locale, docs: docs.map(({ headings: _, ...stored }) => stored), index: mini.toJSON() };
}

/** Hits up to `limit`, best first; `total` counts them all. */
export type Results = { hits: Hit[]; total: number; match: Match | null };

export type Search = ((query: string, limit?: number) => Results) & {
  /**
   * Which documents' bodies the ranking of `query` reads (lib/search/split.ts
   * loads them first): the phrase window's, or 'all' when the substring
   * fallback scans every page. The excerpts read the bodies of the hits shown.
   */
  bodiesRead: (query: string) => string[] | 'all';
  /** Terms the ranking of `query` reads besides its words: the Han pairs, when the substring fallback runs. */
  extraTermsRead: (query: string) => string[];
};

/**
 * Ranking, in order: pages with every word of the query (words from
 * Intl.Segmenter, the last one as a prefix, English ones with light
 * fuzziness); if none, pages that contain the query as a substring (Chinese
 * readers expect that, and it catches words the segmenter split differently;
 * see substringCandidates for which pages it reads); if none, pages with
 * some of the words.
 */
export function createSearch(file: IndexFile): Search {
  const mini = MiniSearch.loadJS(file.index, options(file.locale));
  const byId = new Map(file.docs.map((d) => [d.id, d]));
  const haystacks = new Map<string, { title: string; rest: string; body: string }>();
  const haystack = (d: StoredDoc) => {
    if (!haystacks.has(d.id))
      haystacks.set(d.id, { title: normalize(d.title), rest: normalize(`${d.description} ${d.meta}`), body: normalize(d.body) });
    return haystacks.get(d.id)!;
  };

  const fromResults = (results: SearchResult[]): Hit[] =>
    results.flatMap((r) => {
      const doc = byId.get(r.id as string);
      return doc ? [{ doc, terms: r.terms, score: r.score }] : [];
    });

  const phraseOf = (query: string) => normalize(query).replace(/\s+/g, ' ').trim();

  /** Pages that contain the whole query as written rank first: "特征存储" over pages with 特征 and 存储 apart, and a long page with the phrase over short ones with its words scattered. */
  function boostPhrase(hits: Hit[], query: string): Hit[] {
    const phrase = phraseOf(query);
    if (tokenize(query, file.locale).length < 2) return hits;
    hits.forEach((hit, rank) => {
      const h = haystack(hit.doc);
      if (h.title.includes(phrase) || h.rest.includes(phrase) || (rank < BODY_WINDOW && h.body.includes(phrase))) hit.score *= 3;
    });
    return hits.sort((a, b) => b.score - a.score);
  }

  /**
   * The pages the substring fallback looks at, by their title, description
   * and facts, and those whose bodies it reads too. With a Chinese query: the
   * pages with every pair of its Han characters, the bodies of the
   * BODY_WINDOW that have them most. Without: no body (English words are
   * matched by prefix and typo already; reading every body would load the
   * whole index); 'all' for a query of single Han characters between others.
   */
  function substringCandidates(query: string): { docs: StoredDoc[]; withBody: Set<string> | 'all' | null } {
    const pairs = hanPairs(query);
    if (!pairs.length) return { docs: file.docs, withBody: isHan(query) ? 'all' : null };
    const results = mini.search(
      { queries: pairs, combineWith: 'AND' },
      { fields: [PAIRS_FIELD], prefix: false, fuzzy: false, boostDocument: undefined, tokenize: (t) => [t] },
    );
    const docs = results.flatMap((r) => byId.get(r.id as string) ?? []);
    return { docs, withBody: new Set(docs.slice(0, BODY_WINDOW).map((d) => d.id)) };
  }

  function substring(query: string): Hit[] {
    const needle = phraseOf(query);
    if (!needle) return [];
    const hits: Hit[] = [];
    const { docs, withBody } = substringCandidates(query);
    for (const doc of docs) {
      const h = haystack(doc);
      const inBody = withBody === 'all' || withBody?.has(doc.id) ? h.body.split(needle).length - 1 : 0;
      const score = (h.title.includes(needle) ? 10 : 0) + (h.rest.includes(needle) ? 3 : 0) + Math.min(inBody, 10);
      if (score > 0) hits.push({ doc, terms: [needle], score });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  const results = (hits: Hit[], limit: number, match: Match): Results => ({ hits: hits.slice(0, limit), total: hits.length, match });

  const search = (rawQuery: string, limit = 20): Results => {
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
    if (!query) return { hits: [], total: 0, match: null };
    const all = boostPhrase(fromResults(mini.search(query, { combineWith: 'AND' })), query);
    if (all.length) return results(all, limit, 'all-words');
    const sub = substring(query);
    if (sub.length) return results(sub, limit, 'substring');
    const some = fromResults(mini.search(query, { combineWith: 'OR' }));
    return some.length ? results(some, limit, 'some-words') : { hits: [], total: 0, match: null };
  };

  const bodiesRead = (rawQuery: string): string[] | 'all' => {
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
    if (!query) return [];
    const all = fromResults(mini.search(query, { combineWith: 'AND' })).map((h) => h.doc.id);
    if (!all.length) {
      const { withBody } = substringCandidates(query);
      return withBody === null ? [] : withBody === 'all' ? 'all' : [...withBody];
    }
    // One word: no phrase boost.
    return tokenize(query, file.locale).length < 2 ? [] : all.slice(0, BODY_WINDOW);
  };
  const extraTermsRead = (rawQuery: string): string[] => {
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
    return query && !mini.search(query, { combineWith: 'AND' }).length ? hanPairs(query) : [];
  };
  return Object.assign(search, { bodiesRead, extraTermsRead });
}
