// The browser editor's config (lib/editor/) against the content model: a field
// or component added to lib/content-model.ts or lib/mdx-registry.ts without
// what the editor needs (a widget, Chinese help) fails here, naming it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CaseStudy, Page, Pillar, Resource, contentSource } from '@/lib/content-model';
import { mdxRegistry } from '@/lib/mdx-registry';
import { cmsConfig, defaultBackend, mdxCollections, modelFields } from '@/lib/editor/cms-config';
import { fieldHelpZh, fieldLabelsZh } from '@/lib/editor/field-help-zh';
import { componentBodies, editorComponentsScript, rawComponents } from '@/lib/editor/editor-components';

type Field = { name: string; widget: string; required?: boolean; hint?: string; fields?: Field[]; options?: string[]; i18n?: unknown };
type ModelType = Parameters<typeof modelFields>[0];
const config = cmsConfig();
const collection = (name: string) => config.collections.find((c) => c.name === name) as unknown as { fields: Field[]; folder: string };

const widgetOf: Record<string, string> = {
  number: 'number',
  boolean: 'boolean',
  date: 'datetime',
  enum: 'select',
  nested: 'object',
  list: 'list',
};

/** Every (path, model field, editor field) pair, nested ones included; a model field missing in the editor throws. */
function pairs(type: ModelType, fields: Field[], prefix = ''): { at: string; model: Record<string, unknown>; field: Field }[] {
  return modelFields(type).flatMap(([name, model]) => {
    const field = fields.find((f) => f.name === name);
    if (!field) throw new Error(`${prefix}${name}: in the model, not in the editor config`);
    const of = model.of as (ModelType & { type: string }) | undefined;
    const nested = of?.type === 'nested' ? pairs(of, field.fields ?? [], `${prefix}${name}.`) : [];
    return [{ at: `${prefix}${name}`, model: model as Record<string, unknown>, field }, ...nested];
  });
}

const all = [
  ['pages', Page],
  ['pillars', Pillar],
  ['case-studies', CaseStudy],
  ['resources', Resource],
] as const;

describe('editor config: generated from the content model', () => {
  it.each(all)('%s: every field, with its widget, required flag and help in zh and en', (name, type) => {
    const found = pairs(type, collection(name).fields);
    expect(found.length).toBeGreaterThan(5);
    for (const { at, model, field } of found) {
      const expected = model.type === 'string' ? /^(string|text)$/ : new RegExp(`^${widgetOf[model.type as string]}$`);
      expect(field.widget, `${name}.${at}: widget`).toMatch(expected);
      expect(Boolean(field.required), `${name}.${at}: required`).toBe(Boolean(model.required));
      if (model.options) expect(field.options, `${name}.${at}: options`).toEqual([...(model.options as string[])]);
      const description = model.description as string;
      expect(description, `${name}.${at}: the model gives no description`).toBeTruthy();
      expect(fieldHelpZh[description], `${name}.${at}: no Chinese help for "${description}" in lib/editor/field-help-zh.ts`).toBeTruthy();
      expect(fieldLabelsZh[at.split('.').at(-1)!], `${name}.${at}: no Chinese label in lib/editor/field-help-zh.ts`).toBeTruthy();
      expect(field.hint?.replace(/`/g, '')).toContain(description.replace(/`/g, ''));
    }
    // Nothing in the editor that the model does not have (the MDX body aside).
    const modelNames = modelFields(type).map(([n]) => n);
    expect(
      collection(name)
        .fields.map((f) => f.name)
        .filter((n) => !modelNames.includes(n) && n !== 'body'),
    ).toEqual([]);
  });

  it('puts each MDX collection where Contentlayer reads it, one folder per locale', () => {
    for (const c of mdxCollections) {
      const pattern = (c.type.def() as { filePathPattern: string }).filePathPattern; // "*/case-studies/*.mdx"
      expect(c.folder.replace(`${contentSource.contentDirPath}/{{locale}}`, '*') + '/*.mdx').toBe(pattern);
      expect(collection(c.name).fields.at(-1)?.name).toBe('body');
    }
    expect(collection('resources').folder).toBe(`${contentSource.contentDirPath}/resources`);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['zh', 'en'], default_locale: 'zh' });
    expect(config.media_folder).toBe('public/images');
  });

  it('saves through GitHub: a branch and pull request per entry, the repository from the environment', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(defaultBackend({ EDITOR_GITHUB_REPO: 'acme/site', EDITOR_GITHUB_BRANCH: 'trunk' })).toEqual({
      name: 'github',
      repo: 'acme/site',
      branch: 'trunk',
    });
    expect(defaultBackend({ EDITOR_AUTH_URL: 'https://auth.example.workers.dev' }).base_url).toBe('https://auth.example.workers.dev');
  });
});

describe('editor components: the flat MDX components', () => {
  it('covers every registered component: a form, or raw MDX with a reason', () => {
    for (const name of Object.keys(mdxRegistry)) {
      const spec = mdxRegistry[name as keyof typeof mdxRegistry] as { props?: object };
      const covered = name in componentBodies || name in rawComponents || !spec.props;
      expect(covered, `${name}: add it to componentBodies or rawComponents (lib/editor/editor-components.ts)`).toBe(true);
    }
  });

  // The generated browser script, run against a stand-in for window.CMS: every
  // component written in content/ is found and written back byte for byte.
  it('reads and writes back every component in the content unchanged', () => {
    const registered: { id: string; pattern: RegExp; fromBlock: (m: RegExpMatchArray) => object; toBlock: (d: object) => string }[] = [];
    let started = false;
    const window = {
      CMS: { registerEditorComponent: (c: (typeof registered)[number]) => registered.push(c), init: () => (started = true) },
    };
    new Function('window', editorComponentsScript())(window);
    expect(started).toBe(true);
    expect(registered.map((c) => c.id).sort()).toEqual(Object.keys(componentBodies).sort());
    const files = ['zh', 'en'].flatMap((l) =>
      fs.readdirSync(path.join('content', l), { recursive: true }).map((f) => path.join('content', l, String(f))),
    );
    let seen = 0;
    for (const file of files.filter((f) => f.endsWith('.mdx'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const c of registered) {
        for (const m of text.matchAll(new RegExp(c.pattern.source, 'gm'))) {
          expect(c.toBlock(c.fromBlock(m)), `${file}: ${c.id}`).toBe(m[0]);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});

// The example pull-request workflow (docs/editor.md): what it runs, and that a fork's pull request gets no secrets.
describe('docs/examples/content-pull-request.yml', () => {
  const workflow = parse(fs.readFileSync('docs/examples/content-pull-request.yml', 'utf8'));
  const steps = workflow.jobs['check-and-build'].steps as { name?: string; run?: string; if?: string; uses?: string }[];
  it('runs the check as annotations, the translation status and the build on every content pull request', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']); // never pull_request_target
    expect(workflow.on.pull_request.paths).toContain('content/**');
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run content:check -- --format github');
    expect(runs).toContain('npm run --silent translations');
    expect(runs).toContain('npm run build');
  });
  it('comments only from the repository itself, where the token may write', () => {
    const comment = steps.find((s) => s.uses?.startsWith('actions/github-script'));
    expect(comment?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });
});
