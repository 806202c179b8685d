// Issue 33's pieces on their own: the workloads vocabulary and its "did you
// mean", the links a case study derives (pillars, related stories, its own
// resources, the deployment section, Ray docs per library), the sections
// content:check requires, and search finding stories by workload.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWorkload, knownWorkloads, suggestWorkload, workloadIds, workloadLabels } from '@/lib/case-studies/workloads';
import { pillarsShowing, relatedStudies, storyResources } from '@/lib/case-studies/links';
import { rayDocsFor, rayDocsForAll, firstSteps } from '@/lib/case-studies/ray-docs';
import { deploymentSection, infrastructureIds } from '@/lib/case-studies/infrastructure';
import { checkCaseStudySections, checkPillarLinks, checkWorkloads } from '@/scripts/content/check/case-study-fit';
import { Report } from '@/scripts/content/check/problems';
import type { Doc } from '@/scripts/content/check/document';
import { sourceDocuments } from '@/lib/content-source';
import { mdxToText, searchDocuments } from '@/lib/search/documents';
import { buildIndexFile, createSearch } from '@/lib/search/engine';
import GithubSlugger from 'github-slugger';
import { markdownOf } from '@/lib/markdown/twin';

describe('workloads vocabulary', () => {
  it('has a label in both languages for every id, all different', () => {
    for (const locale of ['en', 'zh'] as const) {
      const labels = workloadIds.map((id) => workloadLabels[id][locale]);
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(workloadIds).toEqual(expect.arrayContaining(['batch-inference', 'online-serving', 'llm-fine-tuning']));
  });

  it('knows its ids only', () => {
    expect(isWorkload('batch-inference')).toBe(true);
    expect(isWorkload('Batch inference')).toBe(false);
    expect(isWorkload('toString')).toBe(false); // not an inherited property
    expect(knownWorkloads(['tuning', 'nope', 'training'])).toEqual(['training', 'tuning']); // vocabulary order
  });

  it('suggests the id for a label in either language, another spelling or a typo; nothing for an unrelated word', () => {
    expect(suggestWorkload('Batch inference')).toBe('batch-inference');
    expect(suggestWorkload('批量推理')).toBe('batch-inference');
    expect(suggestWorkload('online_serving')).toBe('online-serving');
    expect(suggestWorkload('batch-inferance')).toBe('batch-inference');
    expect(suggestWorkload('trainig')).toBe('training');
    expect(suggestWorkload('accounting')).toBeUndefined();
  });
});

const doc = (over: Partial<Doc> & { data: Doc['data'] }): Doc =>
  ({
    file: 'content/en/case-studies/x.mdx',
    rel: 'en/case-studies/x.mdx',
    type: { name: 'CaseStudy', filePathPattern: '', contentType: 'mdx', fields: {}, computed: [] },
    fieldLines: { workloads: 12 },
    itemLines: { workloads: [13, 14] },
    locale: 'en',
    slug: 'x',
    draft: false,
    headingIds: new Set(),
    links: [],
    fieldUrls: [],
    caseStudyRefs: [],
    validName: true,
    ...over,
  }) as Doc;

describe('content:check on case studies', () => {
  it('rejects an unknown workload with a "did you mean" and the list, in both languages', () => {
    const report = new Report();
    checkWorkloads(report, doc({ data: { workloads: ['training', 'batch inferance'] } }));
    expect(report.problems).toHaveLength(1);
    const [p] = report.problems;
    expect(p).toMatchObject({ severity: 'error', rule: 'workload-unknown', line: 14 });
    expect(p.message).toContain('"batch inferance"');
    expect(p.fix).toMatch(/^did you mean batch-inference\? write one of: data-processing \(Data processing\), /);
    expect(p.zh.fix).toMatch(/^你是不是想写 batch-inference？/);
    expect(p.zh.fix).toContain('online-serving（在线服务）');
  });

  it('gives the list without a guess when nothing is close', () => {
    const report = new Report();
    checkWorkloads(report, doc({ data: { workloads: ['accounting'] } }));
    expect(report.problems[0].fix).toMatch(/^write one of: /);
  });

  const page = (body: string) => `---\ntitle: "x"\n---\n\n${body}`;
  const note = '<Callout kind="note">As of 2022.</Callout>\n\n';

  it('requires the note box first and the What it took section, in the page language', () => {
    const run = (locale: 'en' | 'zh', body: string) => {
      const report = new Report();
      checkCaseStudySections(report, doc({ locale, data: {} }), page(body));
      return report.problems.map((p) => p.message);
    };
    expect(run('en', `${note}## Background\n\n## What it took\n\nText.`)).toEqual([]);
    expect(run('zh', `${note}## 背景\n\n## 投入与取舍\n\n正文。`)).toEqual([]);
    expect(run('en', `${note}## Background`)).toEqual(['the case study has no "## What it took" section']);
    // The English heading does not count on a Chinese page, nor a ### heading.
    expect(run('zh', `${note}## What it took`)).toEqual(['the case study has no "## 投入与取舍" section']);
    expect(run('en', `${note}### What it took`)).toHaveLength(1);
    expect(run('en', `## What it took\n\n${note}`)).toEqual([
      'the case study does not open with the note box that gives the years of its sources',
    ]);
  });

  it('pillars and case studies agree on which story shows which pillar', () => {
    const pillar = (slug: string, studies: string[], over: Partial<Doc> = {}) =>
      doc({
        file: `content/en/why-ray/${slug}.mdx`,
        type: { name: 'Pillar', filePathPattern: '', contentType: 'mdx', fields: {}, computed: [] } as unknown as Doc['type'],
        slug,
        route: `/why-ray/${slug}`,
        data: { caseStudies: studies },
        caseStudyRefs: studies.map((s, i) => ({ slug: s, line: 8 + i, via: '"caseStudies"' })),
        ...over,
      });
    const study = (links: string[], over: Partial<Doc> = {}) =>
      doc({
        data: {},
        route: '/case-studies/x',
        links: links.map((href, i) => ({ href, line: 30 + i, image: false, via: 'link' })),
        ...over,
      });
    const run = (...docs: Doc[]) => {
      const report = new Report();
      checkPillarLinks(report, docs);
      return report.problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.rule}`);
    };
    // Agreeing: the story links the pillar that lists it (an anchor on the link changes nothing).
    expect(run(study(['/en/why-ray/fast#how']), pillar('fast', ['x']))).toEqual([]);
    // A link to a pillar that does not list the story: an error at the link; nothing while either is a draft.
    expect(run(study(['/en/why-ray/fast']), pillar('fast', ['other']))).toEqual(['error content/en/case-studies/x.mdx:30 pillar-mismatch']);
    expect(run(study(['/en/why-ray/fast'], { draft: true }), pillar('fast', []))).toEqual([]);
    expect(run(study(['/en/why-ray/fast']), pillar('fast', [], { draft: true }))).toEqual([]);
    // A pillar that lists a story that never links it: a warning at the list item.
    expect(run(study([]), pillar('fast', ['other', 'x']))).toEqual(['warning content/en/why-ray/fast.mdx:9 pillar-mismatch']);
    // <CaseStudyCards slugs> in a pillar's body is not its caseStudies list; another language's pillar is not this one.
    expect(run(study([]), pillar('fast', [], { caseStudyRefs: [{ slug: 'x', line: 20, via: '<CaseStudyCards slugs>' }] }))).toEqual([]);
    expect(run(study(['/en/why-ray/fast']), pillar('fast', ['x'], { locale: 'zh', file: 'content/zh/why-ray/fast.mdx' }))).toEqual([]);
    const report = new Report();
    checkPillarLinks(report, [study(['/en/why-ray/fast']), pillar('fast', [])]);
    const [problem] = report.problems;
    expect(problem.fix).toBe(
      'add "x" to caseStudies in content/en/why-ray/fast.mdx, or drop the link if the story does not show that pillar',
    );
    expect(problem.zh.message).toContain('支柱页面 /en/why-ray/fast');
  });

  it('holds for every real case study, both languages', () => {
    for (const c of sourceDocuments.caseStudies) {
      const report = new Report();
      checkCaseStudySections(report, doc({ locale: c.locale as 'en' | 'zh', data: {} }), page(c.body.raw));
      expect(report.problems, c._raw.sourceFilePath).toEqual([]);
    }
  });
});

describe('links a case study derives', () => {
  const study = (slug: string, order: number, workloads: string[], urls: string[] = []) => ({
    slug,
    order,
    workloads,
    sources: urls.map((url) => ({ url })),
  });

  it('pillars that list the story, in pillar order', () => {
    const pillars = [
      { slug: 'b', order: 2, caseStudies: ['x'] },
      { slug: 'a', order: 1, caseStudies: ['x', 'y'] },
      { slug: 'c', order: 3, caseStudies: ['y'] },
    ];
    expect(pillarsShowing('x', pillars).map((p) => p.slug)).toEqual(['a', 'b']);
  });

  it('related stories share a workload, most shared first, never the story itself', () => {
    const me = study('me', 1, ['training', 'batch-inference']);
    const all = [me, study('one', 2, ['training']), study('two', 3, ['batch-inference', 'training']), study('none', 4, ['online-serving'])];
    expect(relatedStudies(me, all).map((r) => [r.study.slug, r.shared])).toEqual([
      ['two', ['training', 'batch-inference']],
      ['one', ['training']],
    ]);
  });

  it("the story's own resources are those among its sources, archived ones left out", () => {
    const me = study('me', 1, [], ['https://a.example/post/', 'https://b.example/talk']);
    const resources = [
      { url: 'https://b.example/talk', order: 2 },
      { url: 'https://a.example/post', order: 1 },
      { url: 'https://c.example/other', order: 0 },
      { url: 'https://b.example/talk', order: 3, archived: true },
    ];
    expect(storyResources(me, resources).map((r) => r.order)).toEqual([1, 2]);
  });

  it('on the real content: every pillar list is reflected, and every story has related stories', () => {
    for (const locale of ['en', 'zh'] as const) {
      const pillars = sourceDocuments.pillars.filter((p) => p.locale === locale);
      const studies = sourceDocuments.caseStudies.filter((c) => c.locale === locale);
      for (const c of studies) {
        const expected = pillars.filter((p) => p.caseStudies.includes(c.slug)).map((p) => p.slug);
        expect(new Set(pillarsShowing(c.slug, pillars).map((p) => p.slug))).toEqual(new Set(expected));
        expect(knownWorkloads(c.workloads)).toEqual(c.workloads.filter(isWorkload));
        expect(relatedStudies(c, studies).length, c.slug).toBeGreaterThan(0);
      }
    }
  });

  it('links each pattern to a heading that exists on the deployment page, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      const page = sourceDocuments.pages.find((p) => p.locale === locale && p.route === '/deployment')!;
      const slugger = new GithubSlugger();
      const ids = mdxToText(page.body.raw, locale).headings.map((h) => slugger.slug(h));
      for (const id of infrastructureIds) expect(ids).toContain(deploymentSection(id, locale).split('#')[1]);
    }
  });
});

describe('Ray docs map', () => {
  it('finds the page for each Ray piece the case studies list, in either language', () => {
    for (const c of sourceDocuments.caseStudies)
      for (const lib of c.rayLibraries) expect(rayDocsFor(lib), `${c._raw.sourceFilePath}: ${lib}`).toBeDefined();
    expect(rayDocsFor('RayCluster、RayJob')?.name).toMatch(/KubeRay/);
    expect(rayDocsFor('Ray Kubernetes operator')).toBe(rayDocsFor('KubeRay'));
    expect(rayDocsForAll(['KubeRay', 'Ray Train', 'RayCluster, RayJob']).map((p) => p.name)).toEqual([
      'Ray on Kubernetes (KubeRay)',
      'Ray Train',
    ]);
  });

  it('builds every address from the docs source file it names (doc/source/<path>.<ext> → <path>.html)', () => {
    const pages = [...new Set(sourceDocuments.caseStudies.flatMap((c) => rayDocsForAll(c.rayLibraries))), ...Object.values(firstSteps)];
    for (const p of pages) {
      const path = p.source.replace(/^doc\/source\//, '').replace(/\.(rst|md|ipynb)$/, '.html');
      expect(p.url).toBe(`https://docs.ray.io/en/latest/${path}`);
    }
  });

  it('is the only source of docs.ray.io deep links in the content', () => {
    const known = new Set([...Object.values(firstSteps)].map((p) => p.url));
    const files = ['content/en/index.mdx', 'content/zh/index.mdx'];
    for (const f of files) {
      const links = [...fs.readFileSync(f, 'utf8').matchAll(/https:\/\/docs\.ray\.io\/en\/latest\/[^\s)"]+/g)].map((m) => m[0]);
      for (const l of links.filter((l) => !l.includes('/ray-air/'))) expect(known, `${f}: ${l}`).toContain(l);
    }
  });
});

describe('search finds the fit facts', () => {
  it.each([
    ['en', 'batch inference', 'batch-inference'],
    ['zh', '批量推理', 'batch-inference'],
    ['en', 'hyperparameter tuning', 'tuning'],
  ] as const)('%s: “%s” finds every story with that workload', async (locale, query, workload) => {
    const docs = searchDocuments(locale);
    const search = createSearch(buildIndexFile(locale, docs));
    const ids = (await search(query, 20)).hits.map((h) => h.doc.id);
    const expected = sourceDocuments.caseStudies
      .filter((c) => c.locale === locale && !c.draft && c.workloads.includes(workload))
      .map((c) => `/${locale}${c.route}`);
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(ids).toContain(id);
  });
});

describe('Markdown twin of a case study', () => {
  it('lists the fit facts and the key numbers as results and context, each with its baseline or period', () => {
    const study = sourceDocuments.caseStudies.find((c) => c.locale === 'en' && c.slug === 'instacart-griffin')!;
    const md = markdownOf(study, 'en');
    expect(md).toContain('- **Workloads on Ray:** Training, Batch inference');
    const results = md.slice(md.indexOf('- **Results on Ray:**'), md.indexOf('- **Context:**'));
    expect(results).toContain('**2–3 days → a few hours**');
    expect(results).toContain('Compared with: Celery on ECS');
    expect(results).not.toContain('**1B+**');
    expect(md.slice(md.indexOf('- **Context:**'))).toContain('**1B+**');
  });
});
