// The Node half of scripts/measure/search-figures.ts: recall on the content with the
// real index (built, split and loaded as at build time and in the browser), and the
// tokens Node's ICU gives each Chinese document (compared with the browser's).
import { routing, type Locale } from '@/i18n/routing';
import { searchDocuments } from '@/lib/search/documents';
import { buildIndexFile } from '@/lib/search/engine';
import { createSplitSearch, servedFromMemory, splitIndex } from '@/lib/search/split';
import { normalize, tokenize } from '@/lib/search/tokenize';
import { recallCases } from './search-recall-cases';

const idOf = (locale: Locale, route: string) => (route === '/' ? `/${locale}` : `/${locale}${route}`);

export async function recall() {
  return Promise.all(
    routing.locales.map(async (locale) => {
      const docs = searchDocuments(locale);
      const served = servedFromMemory(splitIndex(buildIndexFile(locale, docs)));
      const search = createSplitSearch(served.head, served.load);
      const cases = recallCases[locale];
      let top1 = 0;
      let top3 = 0;
      let pagesWithWord = 0;
      let pagesFound = 0;
      const misses: string[] = [];
      for (const [query, route, contains] of cases) {
        const ids = (await search(query, 100)).hits.map((h) => h.doc.id);
        if (ids[0] === idOf(locale, route)) top1++;
        if (ids.slice(0, 3).includes(idOf(locale, route))) top3++;
        else misses.push(query);
        // Like the measure: of the pages that contain the word, how many the search finds (any rank).
        const word = normalize(contains ?? query);
        const having = docs.filter((d) => normalize(`${d.title} ${d.description} ${d.meta} ${d.body}`).includes(word));
        pagesWithWord += having.length;
        pagesFound += having.filter((d) => ids.includes(d.id)).length;
      }
      return { locale, cases: cases.length, top1, top3, pagesWithWord, pagesFound, misses, queries: cases.map((c) => c[0]) };
    }),
  );
}

/** Chinese documents' text and Node's tokens of it. */
export function nodeTokens(locale: Locale = 'zh') {
  return searchDocuments(locale).map((d) => {
    const text = `${d.title} ${d.meta} ${d.body}`;
    return { id: d.id, text, tokens: tokenize(text, locale) };
  });
}
