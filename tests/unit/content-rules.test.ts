// The checker's inputs stay in step with the code they describe: the content
// model is Contentlayer's own, mdx-components.tsx maps exactly the components
// of lib/mdx-registry.ts, and the props listed there still exist on the components.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as realConfig from '../../contentlayer.config';
import { mdxComponentsFor } from '@/components/mdx/mdx-components';
import { mdxComponentNames, mdxRegistry, type MdxComponentSpec } from '@/lib/mdx-registry';
import { glossary, globToRegExp, isValidSlug, modelFromSource, textWidth, type FieldSpec } from '@/scripts/content/check/index';
import { resourceKinds } from '@/lib/resource-kinds';
import { loadChecker } from '../../scripts/content/check/load';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
let checker: Awaited<ReturnType<typeof loadChecker>>;

beforeAll(async () => {
  checker = await loadChecker(root);
});

/** Field name → "type(!)" as Contentlayer sees it, from the real defineDocumentType() results. */
function realFields(fields: Record<string, any>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [name, `${f.type}${f.required && f.default === undefined ? '!' : ''}`]),
  );
}
const specFields = (fields: Record<string, FieldSpec>) =>
  Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, `${f.kind === 'other' ? '?' : f.kind}${f.required ? '!' : ''}`]));

describe('the content model', () => {
  it('is read from contentlayer.config.ts: the same document types, fields, types and required flags as Contentlayer', () => {
    const model = modelFromSource(checker.contentSource);
    const real = [realConfig.Page, realConfig.Pillar, realConfig.CaseStudy, realConfig.Resource].map((t: any) => t.def());
    expect(model.documentTypes.map((t) => t.name)).toEqual(real.map((d) => d.name));
    for (const def of real) {
      const spec = model.documentTypes.find((t) => t.name === def.name)!;
      expect(spec.filePathPattern).toBe(def.filePathPattern);
      expect(specFields(spec.fields)).toEqual(realFields(def.fields));
      expect(spec.computed).toEqual(Object.keys(def.computedFields ?? {}));
    }
    expect(model.contentDirPath).toBe('content');
    expect(model.contentDirExclude).toContain('README.md');
  });

  it('knows nested fields (case-study sources, resource titles)', () => {
    const model = modelFromSource(checker.contentSource);
    const caseStudy = model.documentTypes.find((t) => t.name === 'CaseStudy')!;
    expect(caseStudy.fields.sources.of?.kind).toBe('nested');
    expect(Object.keys(caseStudy.fields.sources.of?.fields ?? {})).toEqual(['id', 'title', 'url', 'publisher', 'summary']);
    expect(caseStudy.fields.keyNumbers.of?.fields?.source.required).toBe(true); // a figure with no source is an error
    const resource = model.documentTypes.find((t) => t.name === 'Resource')!;
    expect(resource.fields.kind.options).toEqual(['blog', 'talk', 'slides', 'panel']);
    expect(Object.keys(resource.fields.title.fields ?? {})).toEqual(['zh', 'en']);
  });

  it('matches file paths the way Contentlayer does', () => {
    expect(globToRegExp('*/*.mdx').test('zh/deployment.mdx')).toBe(true);
    expect(globToRegExp('*/*.mdx').test('zh/why-ray/x.mdx')).toBe(false);
    expect(globToRegExp('*/why-ray/*.mdx').test('en/why-ray/open-and-extensible.mdx')).toBe(true);
    expect(globToRegExp('resources/*.yaml').test('resources/merlin-talk.yaml')).toBe(true);
    expect(globToRegExp('**/*.{md,mdx}').test('a/b/c.md')).toBe(true);
    expect(globToRegExp('**/*.{md,mdx}').test('c.mdx')).toBe(true);
  });
});

describe('MDX components', () => {
  it('are the ones mdx-components.tsx maps (the registry the checker reads), in the same order', () => {
    expect(Object.keys(mdxComponentsFor('en')).filter((name) => /^[A-Z]/.test(name))).toEqual(mdxComponentNames);
  });

  it('have the props and options the checker knows about', () => {
    const names = Object.keys(mdxComponentsFor('en'));
    for (const [name, spec] of Object.entries<MdxComponentSpec>(mdxRegistry)) {
      expect(names, `${name} is in mdxComponents`).toContain(name);
      const source = read(spec.file);
      expect(source, `${spec.file} defines ${name}`).toMatch(new RegExp(`function ${name}\\b`));
      for (const [prop, propSpec] of Object.entries(spec.props ?? {})) {
        expect(source, `${name} has the prop ${prop}`).toMatch(new RegExp(`\\b${prop}\\b`));
        if (propSpec.type === 'enum') {
          // Written out in the component, or a resource kind the component takes from lib/resource-kinds.ts.
          const importsKinds = /from '@\/lib\/resource-kinds'/.test(source) && /\bResourceKind\b|\bresourceKinds\b/.test(source);
          for (const option of propSpec.options) {
            const written = new RegExp(`'${option}'|\\b${option}\\s*:`).test(source);
            const imported = importsKinds && (resourceKinds as readonly string[]).includes(option);
            expect(written || imported, `${name} ${prop}="${option}" (written out, or a resource kind from lib/resource-kinds.ts)`).toBe(
              true,
            );
          }
        }
      }
    }
  });
});

describe('helpers', () => {
  it('accept only URL-safe slugs', () => {
    for (const ok of ['spotify', 'shopify-merlin', 'ray-2', '2024-summit']) expect(isValidSlug(ok)).toBe(true);
    for (const bad of ['Spotify', 'shopify_merlin', 'a--b', '-a', 'a-', 'a b', 'ü', '']) expect(isValidSlug(bad)).toBe(false);
  });

  it('count a Chinese character as two for description length', () => {
    expect(textWidth('Ray')).toBe(3);
    expect(textWidth('统一的 API')).toBe(10);
  });
});

describe('the real content', () => {
  it('shows every summary-sourced fact with its attribution and uses the glossary terms', { timeout: 30_000 }, () => {
    const problems = checkFixture(checker, root, 'content', { publicDir: 'public' });
    expect(problems.filter((p: { rule: string }) => ['attribution-missing', 'attribution-unknown', 'glossary'].includes(p.rule))).toEqual(
      [],
    );
  });
});

describe('the authoring guide (content/README.md and content/guide/)', () => {
  const pages = ['content/README.md', ...fs.readdirSync(path.join(root, 'content/guide')).map((f) => `content/guide/${f}`)];
  const guide = pages.map(read).join('\n');

  it('documents every MDX component', () => {
    for (const name of mdxComponentNames) expect(guide, `<${name}> in the guide`).toContain(`<${name}`);
  });

  it('documents every frontmatter field of every content type, and every prop the checker knows', () => {
    for (const type of modelFromSource(checker.contentSource).documentTypes) {
      for (const [field, spec] of Object.entries(type.fields)) {
        expect(guide, `${type.name}.${field} in the guide`).toContain(`\`${field}\``);
        for (const sub of Object.keys(spec.fields ?? spec.of?.fields ?? {}))
          expect(guide, `${type.name}.${field}.${sub}`).toMatch(new RegExp(`\\b${sub}:`));
        for (const option of spec.options ?? []) expect(guide, `${type.name}.${field}: ${option}`).toContain(`\`${option}\``);
      }
    }
    for (const [name, spec] of Object.entries<MdxComponentSpec>(mdxRegistry)) {
      for (const prop of Object.keys(spec.props ?? {})) expect(guide, `<${name} ${prop}> in the guide`).toContain(`\`${prop}\``);
    }
  });

  it('lists every glossary term of the checker, zh and en, in its "Site terms" table', () => {
    const table = guide.slice(guide.indexOf('### Site terms'));
    for (const term of glossary) expect(table, term.concept).toContain(`| ${term.concept} | ${term.en} | ${term.zh} |`);
  });

  it('describes attribution and the capitalisation rule', () => {
    expect(guide).toContain('## Attribution · 出处');
    expect(guide).toContain('## Capitalisation · 大小写');
  });

  it('shows pictures that exist', () => {
    const pictures = pages.flatMap((page) =>
      [...read(page).matchAll(/(?:\]\(|src=")((?:\.\.\/)?README-images\/[^)"]+)/g)].map((m) => path.join(path.dirname(page), m[1])),
    );
    expect(pictures.length).toBeGreaterThan(10);
    for (const picture of pictures) expect(fs.existsSync(path.join(root, picture)), picture).toBe(true);
  });
});
