// Site search (lib/search/): recall on the real content in both languages,
// Chinese segmentation and the substring fallback, English prefixes and
// fuzziness, and what goes into the index (no drafts, no search page, no markup).
// The index is built, split and loaded exactly as at build time and in the
// browser: buildIndexFile → splitIndex → JSON parts → createSplitSearch (with
// small parts here, so that every query crosses several shards and chunks).
import { describe, expect, it } from 'vitest';
import { buildIndexFile, createSearch, type StoredDoc } from '@/lib/search/engine';
import { createSplitSearch, servedFromMemory, splitIndex, type SearchHead } from '@/lib/search/split';
import { mdxToText, searchDocuments, siteContent } from '@/lib/search/documents';
import { normalize, tokenize } from '@/lib/search/tokenize';
import type { Locale } from '@/i18n/routing';
import { recallCases } from '@/scripts/measure/search-recall-cases';

const docsOf = (locale: Locale) => searchDocuments(locale);
/** The split search over `docs`, its parts served from memory; `loaded` lists the parts it fetched. */
function splitSearchOf(locale: Locale, docs = docsOf(locale), partBytes = { terms: 4096, bodies: 1024 }) {
  const served = servedFromMemory(splitIndex(buildIndexFile(locale, docs), partBytes));
  return Object.assign(createSplitSearch(served.head, served.load), {
    loaded: served.loaded,
    parts: served.files.size,
    files: [...served.files.keys()],
  });
}
const searchOf = splitSearchOf;
const textOf = (d: StoredDoc) => normalize(`${d.title} ${d.description} ${d.meta} ${d.body}`);

const idOf = (locale: Locale, route: string) => (route === '/' ? `/${locale}` : `/${locale}${route}`);

for (const [locale, cases] of Object.entries(recallCases) as [Locale, (typeof recallCases)[Locale]][]) {
  describe(`recall (${locale}): ${cases.length} words and phrases from the content`, () => {
    const docs = docsOf(locale);
    const search = searchOf(locale, docs);

    it('has at least 30 cases, each on the page it names', async () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
      for (const [query, route, contains] of cases) {
        const doc = docs.find((d) => d.id === idOf(locale, route));
        expect(doc, `${route} is indexed`).toBeTruthy();
        expect(textOf(doc!), `${route} contains “${contains ?? query}”`).toContain(normalize(contains ?? query));
      }
    });

    for (const [query, route] of cases) {
      it(`“${query}” → ${route} in the top 3`, async () => {
        const top = (await search(query, 3)).hits.map((h) => h.doc.id);
        expect(top).toContain(idOf(locale, route));
      });
    }
  });
}

describe('Chinese', () => {
  it('segments with Intl.Segmenter into words, the same for text and query', async () => {
    const words = tokenize('Ray 的特征存储与工作流编排器。', 'zh');
    expect(words).toContain('特征');
    expect(words).toContain('存储');
    expect(words).not.toContain('。');
    expect(words.join('')).toBe('ray的特征存储与工作流编排器');
    // Full-width Latin from a Chinese keyboard is the same word.
    expect(tokenize('ＫｕｂｅＲａｙ', 'zh')).toEqual(['kuberay']);
  });

  it('matches the last word as a prefix while typing', async () => {
    const search = searchOf('zh');
    const hits = (await search('特')).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.terms.some((t) => t.startsWith('特')))).toBe(true);
  });

  it('falls back to substring matching when the segmented words find nothing', async () => {
    const docs = docsOf('zh');
    const search = searchOf('zh', docs);
    // Every 3-character run of Han characters in the Spotify page that the words do not find.
    const body = docs.find((d) => d.id === '/zh/case-studies/spotify')!.body;
    const runs = new Set([...body.matchAll(/\p{Script=Han}{3}/gu)].map((m) => m[0]));
    const bySubstring: string[] = [];
    for (const q of runs) if ((await search(q)).match === 'substring') bySubstring.push(q);
    expect(bySubstring.length, 'some runs are found only as substrings').toBeGreaterThan(0);
    for (const q of bySubstring) {
      const { hits } = await search(q);
      expect(
        hits.map((h) => h.doc.id),
        q,
      ).toContain('/zh/case-studies/spotify');
      for (const h of hits) expect(textOf(h.doc), `${h.doc.id} contains ${q}`).toContain(q);
    }
  });

  it('ranks a page with the whole phrase above pages with its words apart', async () => {
    const { hits } = await searchOf('zh')('工作流编排器');
    expect(textOf(hits[0].doc)).toContain('工作流编排器');
  });
});

describe('English', () => {
  const search = searchOf('en');

  it('matches prefixes ("orchestr" finds orchestrator) and tolerates one typo in a long word', async () => {
    expect((await search('orchestr')).hits.some((h) => h.terms.includes('orchestrator'))).toBe(true);
    expect((await search('orchestrators')).hits.some((h) => h.terms.includes('orchestrator'))).toBe(true);
  });

  it('gives no fuzzy hits for short words, and nothing for a word not on the site', async () => {
    expect((await search('rey')).hits.every((h) => h.terms.every((t) => t.startsWith('rey')))).toBe(true);
    expect((await search('zzzyqx')).hits).toEqual([]);
    expect((await search('   ')).match).toBeNull();
  });
});

describe('the split index', () => {
  const summary = (r: { hits: { doc: StoredDoc; score: number }[]; match: string | null }) => ({
    match: r.match,
    hits: r.hits.map((h) => [h.doc.id, h.doc.body.length, Math.round(h.score * 1e6)]),
  });

  it('finds what the whole index finds, in the same order, with the bodies of every hit', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const docs = docsOf(locale);
      const whole = createSearch(JSON.parse(JSON.stringify(buildIndexFile(locale, docs))));
      const split = splitSearchOf(locale, docs);
      expect(split.parts, 'small parts: several shards and chunks').toBeGreaterThan(8);
      const queries = [
        ...recallCases[locale].map((c) => c[0]),
        ...docs.map((d) => d.description),
        'ray serve',
        '特征存',
        '布式运',
        'ributed',
        'zzzyqx',
      ];
      for (const q of queries) expect(summary(await split(q)), `${locale}: ${q}`).toEqual(summary(whole(q)));
    }
  }, 30_000); // every page description as a query, twice over: seconds on a loaded 2-core box

  it('loads only the parts a query needs, each once', async () => {
    const search = splitSearchOf('en');
    await search('kuberay');
    const first = [...search.loaded];
    expect(
      first.filter((p) => p.startsWith('terms.')),
      'one shard for one word',
    ).toHaveLength(1);
    expect(first.length, 'far from every part').toBeLessThan(search.parts / 2);
    await search('kuberay');
    expect(search.loaded, 'nothing twice').toEqual(first);
  });

  it('a Chinese substring-only query reads the pages with its character pairs, not every body', async () => {
    const search = splitSearchOf('zh');
    // 布式计 (of 分布式计算) matches only as a substring, on a few pages: 布式运 now hits half the bodies.
    const { match, hits } = await search('布式计');
    expect(match).toBe('substring');
    expect(hits.length).toBeGreaterThan(0);
    const bodies = (urls: string[]) => urls.filter((p) => p.startsWith('bodies.')).length;
    expect(bodies(search.loaded)).toBeLessThan(bodies(search.files) / 2);
  });

  it('rejects a search whose part fails to load, and loads it again next time', async () => {
    const { head, shards, chunks } = splitIndex(buildIndexFile('en', docsOf('en')), { terms: 4096, bodies: 1024 });
    let fail = true;
    const full: SearchHead = { ...head, terms: shards.map((_, n) => `t${n}`), bodies: chunks.map((_, n) => `b${n}`) };
    const search = createSplitSearch(full, async (url) => {
      if (fail) throw new Error('offline');
      return url.startsWith('t') ? shards[Number(url.slice(1))] : chunks[Number(url.slice(1))];
    });
    await expect(search('kuberay')).rejects.toThrow('offline');
    fail = false;
    expect((await search('kuberay')).hits.length).toBeGreaterThan(0);
  });
});

describe('the index', () => {
  it('covers every published page and resource of a locale, not the search page', async () => {
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

  it('searches frontmatter too: each page by its description, each resource by its summary', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const docs = docsOf(locale);
      const search = searchOf(locale, docs);
      for (const d of docs)
        expect(
          (await search(d.description, 3)).hits.map((h) => h.doc.id),
          `${d.id}: “${d.description}”`,
        ).toContain(d.id);
    }
  });

  it('never indexes a draft page or resource', async () => {
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

  it('holds plain text only: no markup, no JSX, no URLs from the MDX', async () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const d of docsOf(locale)) {
        for (const value of [d.title, d.description, d.meta, d.body, d.headings]) {
          expect(value, d.id).not.toMatch(/<\/?[A-Za-z][^>]*>|\]\(|https?:\/\/|\{\[|^---/);
        }
      }
    }
  });

  it('takes the text of component props and drops addresses and switches', async () => {
    const { body, headings } = mdxToText(
      '## Two ways\n\nRun it.\n\n<FactsTable items={[{ label: "Pick and choose", value: "one library" }]} />\n\n<LinkCard href="https://x.example" title="Deploying Ray" kind="page">The source.</LinkCard>\n\n<Callout kind="tip">Start **small**.</Callout>',
      'en',
    );
    expect(headings).toEqual(['Two ways']);
    expect(body).toBe('Two ways Run it. Pick and choose one library Deploying Ray The source. Start small.');
  });

  it('joins Chinese lines of one paragraph without a space', async () => {
    expect(mdxToText('特征\n存储', 'zh').body).toBe('特征存储');
    expect(mdxToText('feature\nstore', 'en').body).toBe('feature store');
  });
});

describe('a long text', () => {
  // Segmented in chunks cut at spaces or punctuation: the same words as line by line, none cut in two.
  it('gives the words it gives line by line, also when a line is longer than a chunk', () => {
    const lines = [
      '## Ray 的分布式训练，特征存储与模型服务。',
      'Words '.repeat(900) + '分布式训练'.repeat(300),
      '😀 emoji 表情'.repeat(400),
    ];
    const text = lines.join('\n').repeat(20);
    const byLine = text.split('\n').flatMap((l) => tokenize(l, 'zh'));
    expect(tokenize(text, 'zh')).toEqual(byLine.filter((w) => w !== ''));
  });
});
