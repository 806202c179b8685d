// Site search (lib/search/): recall on the real content in both languages,
// Chinese segmentation and the substring fallback, English prefixes and
// fuzziness, and what goes into the index (no drafts, no search page, no markup).
// The index is built and loaded exactly as at build time and in the browser:
// buildIndexFile → JSON → createSearch.
import { describe, expect, it } from 'vitest';
import { buildIndexFile, createSearch, type StoredDoc } from '@/lib/search/engine';
import { mdxToText, searchDocuments, siteContent } from '@/lib/search/documents';
import { normalize, tokenize } from '@/lib/search/tokenize';
import type { Locale } from '@/i18n/routing';
import { recallCases } from '@/scripts/measure/search-recall-cases';

const docsOf = (locale: Locale) => searchDocuments(locale);
const searchOf = (locale: Locale, docs = docsOf(locale)) => createSearch(JSON.parse(JSON.stringify(buildIndexFile(locale, docs))));
const textOf = (d: StoredDoc) => normalize(`${d.title} ${d.description} ${d.meta} ${d.body}`);

const idOf = (locale: Locale, route: string) => (route === '/' ? `/${locale}` : `/${locale}${route}`);

for (const [locale, cases] of Object.entries(recallCases) as [Locale, (typeof recallCases)[Locale]][]) {
  describe(`recall (${locale}): ${cases.length} words and phrases from the content`, () => {
    const docs = docsOf(locale);
    const search = searchOf(locale, docs);

    it('has at least 30 cases, each on the page it names', () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
      for (const [query, route, contains] of cases) {
        const doc = docs.find((d) => d.id === idOf(locale, route));
        expect(doc, `${route} is indexed`).toBeTruthy();
        expect(textOf(doc!), `${route} contains “${contains ?? query}”`).toContain(normalize(contains ?? query));
      }
    });

    for (const [query, route] of cases) {
      it(`“${query}” → ${route} in the top 3`, () => {
        const top = search(query, 3).hits.map((h) => h.doc.id);
        expect(top).toContain(idOf(locale, route));
      });
    }
  });
}

describe('Chinese', () => {
  it('segments with Intl.Segmenter into words, the same for text and query', () => {
    const words = tokenize('Ray 的特征存储与工作流编排器。', 'zh');
    expect(words).toContain('特征');
    expect(words).toContain('存储');
    expect(words).not.toContain('。');
    expect(words.join('')).toBe('ray的特征存储与工作流编排器');
    // Full-width Latin from a Chinese keyboard is the same word.
    expect(tokenize('ＫｕｂｅＲａｙ', 'zh')).toEqual(['kuberay']);
  });

  it('matches the last word as a prefix while typing', () => {
    const search = searchOf('zh');
    const hits = search('特').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.terms.some((t) => t.startsWith('特')))).toBe(true);
  });

  it('falls back to substring matching when the segmented words find nothing', () => {
    const docs = docsOf('zh');
    const search = searchOf('zh', docs);
    // Every 3-character run of Han characters in the Spotify page that the words do not find.
    const body = docs.find((d) => d.id === '/zh/case-studies/spotify')!.body;
    const runs = new Set([...body.matchAll(/\p{Script=Han}{3}/gu)].map((m) => m[0]));
    const bySubstring = [...runs].filter((q) => search(q).match === 'substring');
    expect(bySubstring.length, 'some runs are found only as substrings').toBeGreaterThan(0);
    for (const q of bySubstring) {
      const { hits } = search(q);
      expect(
        hits.map((h) => h.doc.id),
        q,
      ).toContain('/zh/case-studies/spotify');
      for (const h of hits) expect(textOf(h.doc), `${h.doc.id} contains ${q}`).toContain(q);
    }
  });

  it('ranks a page with the whole phrase above pages with its words apart', () => {
    const { hits } = searchOf('zh')('工作流编排器');
    expect(textOf(hits[0].doc)).toContain('工作流编排器');
  });
});

describe('English', () => {
  const search = searchOf('en');

  it('matches prefixes ("orchestr" finds orchestrator) and tolerates one typo in a long word', () => {
    expect(search('orchestr').hits.some((h) => h.terms.includes('orchestrator'))).toBe(true);
    expect(search('orchestrators').hits.some((h) => h.terms.includes('orchestrator'))).toBe(true);
  });

  it('gives no fuzzy hits for short words, and nothing for a word not on the site', () => {
    expect(search('rey').hits.every((h) => h.terms.every((t) => t.startsWith('rey')))).toBe(true);
    expect(search('zzzyqx').hits).toEqual([]);
    expect(search('   ').match).toBeNull();
  });
});

describe('the index', () => {
  it('covers every published page and resource of a locale, not the search page', () => {
    const content = siteContent();
    for (const locale of ['zh', 'en'] as const) {
      const ids = docsOf(locale).map((d) => d.id);
      const pages = [...content.pages, ...content.pillars, ...content.caseStudies].filter(
        (d) => d.locale === locale && !d.draft && d.route !== '/search',
      );
      for (const p of pages) expect(ids).toContain(idOf(locale, p.route));
      expect(ids.filter((id) => id.includes('#resource-'))).toHaveLength(content.resources.filter((r) => !r.draft).length);
      expect(ids).not.toContain(`/${locale}/search`);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('searches frontmatter too: each page by its description, each resource by its summary', () => {
    for (const locale of ['zh', 'en'] as const) {
      const docs = docsOf(locale);
      const search = searchOf(locale, docs);
      for (const d of docs)
        expect(
          search(d.description, 3).hits.map((h) => h.doc.id),
          `${d.id}: “${d.description}”`,
        ).toContain(d.id);
    }
  });

  it('never indexes a draft page or resource', () => {
    const content = siteContent();
    const page = content.caseStudies.find((c) => c.locale === 'en')!;
    const resource = content.resources[0];
    const drafts = {
      ...content,
      caseStudies: [...content.caseStudies, { ...page, route: '/case-studies/secret-draft', title: 'Secret draft', draft: true }],
      resources: [...content.resources, { ...resource, slug: 'secret-resource', draft: true }],
    };
    const ids = searchDocuments('en', drafts).map((d) => d.id);
    expect(ids).not.toContain('/en/case-studies/secret-draft');
    expect(ids).not.toContain('/en/resources#resource-secret-resource');
    // The same documents published are indexed: the filter is the draft flag.
    const published = searchDocuments('en', { ...drafts, caseStudies: drafts.caseStudies.map((c) => ({ ...c, draft: false })) }).map(
      (d) => d.id,
    );
    expect(published).toContain('/en/case-studies/secret-draft');
  });

  it('holds plain text only: no markup, no JSX, no URLs from the MDX', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const d of docsOf(locale)) {
        for (const value of [d.title, d.description, d.meta, d.body, d.headings]) {
          expect(value, d.id).not.toMatch(/<\/?[A-Za-z][^>]*>|\]\(|https?:\/\/|\{\[|^---/);
        }
      }
    }
  });

  it('takes the text of component props and drops addresses and switches', () => {
    const { body, headings } = mdxToText(
      '## Two ways\n\nRun it.\n\n<FactsTable items={[{ label: "Pick and choose", value: "one library" }]} />\n\n<LinkCard href="https://x.example" title="Deploying Ray" kind="page">The source.</LinkCard>\n\n<Callout kind="tip">Start **small**.</Callout>',
      'en',
    );
    expect(headings).toEqual(['Two ways']);
    expect(body).toBe('Two ways Run it. Pick and choose one library Deploying Ray The source. Start small.');
  });

  it('joins Chinese lines of one paragraph without a space', () => {
    expect(mdxToText('特征\n存储', 'zh').body).toBe('特征存储');
    expect(mdxToText('feature\nstore', 'en').body).toBe('feature store');
  });
});
