// The pages' Markdown twins and the llms.txt files (lib/markdown/): every MDX
// component of the registry becomes plain Markdown with the text its page
// shows, links are absolute, drafts and the search page get no twin, and the
// llms.txt files list every twin.
import { describe, expect, it } from 'vitest';
import { routing, type Locale } from '@/i18n/routing';
import { messagesFor } from '@/i18n/messages';
import { sourceDocuments } from '@/lib/content-source';
import { mdxComponentNames, type MdxComponentName } from '@/lib/mdx-registry';
import { markdownTwins, mdxToMarkdown, absoluteUrl } from '@/lib/markdown/twin';
import { llmsFullTxt, localeLlmsTxt, rootLlmsTxt } from '@/lib/markdown/llms';
import { siteUrl } from '@/lib/site';

const page = `${siteUrl}/en/deployment`;
const md = (source: string, locale: Locale = 'en') => mdxToMarkdown(source, locale, `${siteUrl}/${locale}/deployment`);
const diagramText = (locale: Locale, key: string) =>
  (messagesFor(locale) as unknown as { Diagrams: Record<string, { title: string; desc: string }> }).Diagrams[key];
const published = <T extends { draft?: boolean; locale?: string }>(docs: T[], locale?: Locale) =>
  docs.filter((d) => !d.draft && (!locale || d.locale === locale));

/** One case per registered component: the MDX, and what its Markdown must hold. */
const cases: Record<MdxComponentName, { mdx: string; expect: (out: string, locale: Locale) => void }> = {
  Figure: {
    mdx: '<Figure caption="A caption">\n\n<StackDiagram />\n\n</Figure>',
    expect: (out, l) => {
      expect(out).toContain('_A caption_');
      expect(out).toContain(diagramText(l, 'stack').title);
    },
  },
  Callout: {
    mdx: '<Callout kind="tip" title="Heads up">\n\nSee [the page](/en/why-ray).\n\n</Callout>',
    expect: (out) => expect(out).toBe(`> **Heads up**\n>\n> See [the page](${siteUrl}/en/why-ray).`),
  },
  LinkCard: {
    mdx: '<LinkCard href="/en/resources" title="All resources" kind="page" />',
    expect: (out) => expect(out).toBe(`[All resources](${siteUrl}/en/resources)`),
  },
  FactsTable: {
    mdx: "<FactsTable caption=\"Facts\" items={[{ label: 'Workers', value: '20' }, { label: `Speed`, value: '3×' }]} />",
    expect: (out) => expect(out).toBe('**Facts**\n\n- **Workers:** 20\n- **Speed:** 3×'),
  },
  PillarCards: {
    mdx: '<PillarCards />',
    expect: (out, l) => {
      const pillars = published(sourceDocuments.pillars, l);
      expect(pillars.length).toBeGreaterThan(0);
      for (const p of pillars) expect(out).toContain(`[${p.title}](${siteUrl}/${l}${p.route}) — ${p.summary}`);
    },
  },
  CaseStudyCards: {
    mdx: '<CaseStudyCards slugs={["spotify"]} show="deployment" />',
    expect: (out, l) => {
      const spotify = sourceDocuments.caseStudies.find((c) => c.locale === l && c.slug === 'spotify')!;
      expect(out).toContain(`](${siteUrl}/${l}/case-studies/spotify)`);
      expect(out).toContain(spotify.deployment);
      expect(out.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(1);
    },
  },
  CaseStudyComparison: {
    mdx: '<CaseStudyComparison />',
    expect: (out, l) => {
      const studies = published(sourceDocuments.caseStudies, l);
      const rows = out.split('\n').filter((line) => line.startsWith('|'));
      // A header, the delimiter row, then one row per case study, each linking to it.
      expect(rows).toHaveLength(2 + studies.length);
      expect(rows[1]).toMatch(/^\|\s*-+/);
      for (const c of studies) expect(out).toContain(`](${siteUrl}/${l}${c.route})`);
    },
  },
  ResourceList: {
    mdx: '<ResourceList limit={3} />',
    expect: (out, l) => {
      const first = published(sourceDocuments.resources).sort((a, b) => a.order - b.order)[0];
      expect(out.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
      expect(out).toContain(`[${first.title[l]}](${first.url})`);
    },
  },
  StackDiagram: { mdx: '<StackDiagram />', expect: (out, l) => expect(out).toContain(diagramText(l, 'stack').desc) },
  PillarsDiagram: { mdx: '<PillarsDiagram />', expect: (out, l) => expect(out).toContain(diagramText(l, 'pillars').desc) },
  MerlinDiagram: { mdx: '<MerlinDiagram />', expect: (out, l) => expect(out).toContain(diagramText(l, 'merlin').desc) },
  SpotifyDiagram: { mdx: '<SpotifyDiagram />', expect: (out, l) => expect(out).toContain(diagramText(l, 'spotify').desc) },
  PickAndChooseDiagram: {
    mdx: '<PickAndChooseDiagram />',
    expect: (out, l) => expect(out).toContain(diagramText(l, 'pickAndChoose').desc),
  },
  ExistingPlatformDiagram: {
    mdx: '<ExistingPlatformDiagram />',
    expect: (out, l) => expect(out).toContain(diagramText(l, 'existingPlatform').desc),
  },
};

describe('each MDX component of the registry as Markdown', () => {
  it('has a case for every registered component', () => {
    expect(Object.keys(cases).sort()).toEqual([...mdxComponentNames].sort());
  });
  for (const locale of routing.locales) {
    for (const [name, c] of Object.entries(cases)) {
      it(`${name} (${locale})`, () => {
        const out = md(c.mdx, locale);
        expect(out, 'no JSX left').not.toMatch(/<[A-Z]/);
        c.expect(out, locale);
      });
    }
  }
  it('the full resource list has a heading per kind with items', () => {
    const out = md('<ResourceList />');
    const groups = (messagesFor('en') as unknown as { Resources: { groups: Record<string, string> } }).Resources.groups;
    const kinds = new Set(published(sourceDocuments.resources).map((r) => r.kind));
    for (const k of kinds) expect(out).toContain(`## ${groups[k]}`);
  });
});

describe('links and leftovers', () => {
  it('makes site links absolute and leaves others as they are', () => {
    expect(absoluteUrl('/en/why-ray', page)).toBe(`${siteUrl}/en/why-ray`);
    expect(absoluteUrl('#pattern-1', page)).toBe(`${page}#pattern-1`);
    expect(absoluteUrl('https://docs.ray.io/', page)).toBe('https://docs.ray.io/');
    expect(md('See [x](#a) and [y](/zh).')).toBe(`See [x](${page}#a) and [y](${siteUrl}/zh).`);
  });
  it('drops imports and expressions', () => {
    expect(md("import x from './x'\n\nText {1 + 1} here.")).toBe('Text  here.');
  });
});

describe('every page’s twin', () => {
  for (const locale of routing.locales) {
    const twins = markdownTwins(locale);
    it(`${locale}: one per published page, no drafts, no search page`, () => {
      const { pages, pillars, caseStudies } = sourceDocuments;
      const expected = [...pages, ...pillars, ...caseStudies].filter((d) => d.locale === locale && !d.draft && d.route !== '/search');
      expect(twins.map((t) => t.route).sort()).toEqual(expected.map((d) => d.route).sort());
      for (const t of twins) {
        expect(t.markdown.startsWith(`# ${t.title}\n\n> ${t.description}\n`), t.route).toBe(true);
        // No JSX or MDX import left in the prose (a fenced code sample may well start with `import`).
        expect(t.markdown.replace(/^```[\s\S]*?^```/gm, ''), t.route).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]|^import /m);
        expect(t.markdown, `${t.route}: no relative site links`).not.toMatch(/\]\((\/|#)/);
      }
    });
    it(`${locale}: a case study has its facts first and its sources last`, () => {
      const t = twins.find((x) => x.route === '/case-studies/spotify')!;
      const doc = sourceDocuments.caseStudies.find((c) => c.locale === locale && c.slug === 'spotify')!;
      expect(t.markdown.indexOf(doc.company)).toBeLessThan(t.markdown.indexOf('\n## ', t.markdown.indexOf(doc.platform)));
      const tail = t.markdown.slice(t.markdown.lastIndexOf('\n## '));
      for (const s of doc.sources) expect(tail).toContain(`[${s.title}](${s.url})`);
    });
    it(`${locale}: llms.txt and llms-full.txt hold every twin`, () => {
      const list = localeLlmsTxt(locale, twins);
      expect(list).toMatch(/^# .+\n\n> .+\n\n[^#>]/);
      const full = llmsFullTxt(locale, twins);
      for (const t of twins) {
        expect(list).toContain(`](${t.mdUrl}): ${t.description}`);
        expect(full).toContain(t.markdown.trim());
      }
    });
  }
  it('/llms.txt lists both languages', () => {
    const byLocale = Object.fromEntries(routing.locales.map((l) => [l, markdownTwins(l)])) as Record<
      Locale,
      ReturnType<typeof markdownTwins>
    >;
    const root = rootLlmsTxt(byLocale);
    for (const l of routing.locales) for (const t of byLocale[l]) expect(root).toContain(`(${t.mdUrl})`);
    expect(root).toMatch(/^# Ray for ML Infrastructure\n\n> /);
  });
});
