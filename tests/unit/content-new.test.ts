// `npm run new -- <type> <slug>` on a temporary copy of tests/fixtures/content-valid:
// the files it writes pass content:check as drafts, and it refuses bad slugs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContent } from '../../scripts/content/new/create';
import { loadChecker } from '../../scripts/content/check/load';
import type { Problem } from '@/scripts/content/check/index';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;
let checker: Awaited<ReturnType<typeof loadChecker>>;

beforeAll(async () => {
  checker = await loadChecker(root);
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-new-'));
  fs.cpSync(path.join(root, 'tests/fixtures/content-valid'), dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const check = (): Problem[] => checkFixture(checker, root, dir);
const runNew = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/content/new.ts', ...args, '--dir', dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
const read = (rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

describe('npm run new', () => {
  it('creates a case study in both languages, as a draft that passes content:check', async () => {
    const result = await createContent({ type: 'case-study', slug: 'beta-ray', root, contentDir: dir, today: '2027-03-04' });
    expect(result.problems).toEqual([]);
    expect(result.urls).toEqual(['/zh/case-studies/beta-ray', '/en/case-studies/beta-ray']);
    for (const locale of ['zh', 'en']) {
      const text = read(`${locale}/case-studies/beta-ray.mdx`);
      expect(text).toMatch(/^draft: true$/m);
      expect(text).toMatch(/^updated: 2027-03-04$/m);
      // The year of the sources, not today's: a TODO the placeholder rule holds until it is written.
      expect(text).toMatch(/^year: 0 # TODO /m);
      expect(text).not.toMatch(/^year: 2027/m);
      // The note box opens the text, and the "What it took" section is there (content:check asks for both).
      expect(text.split(/^---$/m)[2].trimStart()).toMatch(/^<Callout kind="note">/);
      expect(text).toMatch(locale === 'zh' ? /^## 投入与取舍$/m : /^## What it took$/m);
      expect(text).toMatch(/^workloads: # .*batch-inference/m); // the vocabulary, from lib/case-studies/workloads.ts
      expect(text).toMatch(/^order: 2$/m); // after acme-forge (order 1)
      expect(text).toContain(`(/${locale}/why-ray/unified)`); // the existing pillars, linked
    }
    expect(check()).toEqual([]);
  });

  it('creates one language only with --only, declared as published first, and that passes content:check', async () => {
    const result = await createContent({ type: 'case-study', slug: 'beta-ray', root, contentDir: dir, only: 'zh' });
    expect(result.files).toEqual([expect.stringMatching(/zh\/case-studies\/beta-ray\.mdx$/)]);
    expect(fs.existsSync(path.join(dir, 'en/case-studies/beta-ray.mdx'))).toBe(false);
    expect(read('zh/case-studies/beta-ray.mdx')).toMatch(/^updated: .*\ntranslationPending: true$/m);
    expect(check()).toEqual([]);
    await expect(createContent({ type: 'resource', slug: 'beta-talk', root, contentDir: dir, only: 'zh' })).rejects.toThrow(
      /leave out --only/,
    );
    await expect(createContent({ type: 'pillar', slug: 'beta', root, contentDir: dir, only: 'fr' })).rejects.toThrow(/zh or en/);
  });

  it('refuses to publish the placeholders, and passes once they are filled in', async () => {
    await createContent({ type: 'case-study', slug: 'beta-ray', root, contentDir: dir });
    for (const locale of ['zh', 'en']) {
      const file = path.join(dir, locale, 'case-studies', 'beta-ray.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    }
    const placeholders = check().filter((p) => p.rule === 'placeholder');
    expect(placeholders.map((p) => [p.file.replace(/^.*content-new-[^/]+\//, ''), p.line])).toEqual([
      ['en/case-studies/beta-ray.mdx', 4],
      ['zh/case-studies/beta-ray.mdx', 4],
    ]);
    for (const locale of ['zh', 'en']) {
      const file = path.join(dir, locale, 'case-studies', 'beta-ray.mdx');
      const filled = fs
        .readFileSync(file, 'utf8')
        .replaceAll('TODO ', locale === 'zh' ? '真实内容 ' : 'Real ')
        .replaceAll('TODO', 'real');
      fs.writeFileSync(file, filled);
    }
    // The template's example.com addresses are placeholders too: sources (line 31) and two body links.
    const urls = check().filter((p) => p.rule === 'url-placeholder');
    expect(urls.map((p) => [p.file.replace(/^.*content-new-[^/]+\//, ''), p.line])).toEqual([
      ['en/case-studies/beta-ray.mdx', 31],
      ['en/case-studies/beta-ray.mdx', 52],
      ['en/case-studies/beta-ray.mdx', 66],
      ['zh/case-studies/beta-ray.mdx', 31],
      ['zh/case-studies/beta-ray.mdx', 52],
      ['zh/case-studies/beta-ray.mdx', 66],
    ]);
    for (const locale of ['zh', 'en']) {
      const file = path.join(dir, locale, 'case-studies', 'beta-ray.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('https://example.com/', 'https://engineering.beta-ray.com/'));
    }
    // The template links every pillar: published, each must list the story too.
    expect(check().map((p) => `${p.rule} ${p.file.replace(/^.*content-new-[^/]+\//, '')}`)).toEqual([
      'pillar-mismatch en/case-studies/beta-ray.mdx',
      'pillar-mismatch zh/case-studies/beta-ray.mdx',
    ]);
    const pillar = (locale: string) => path.join(dir, locale, 'why-ray', 'unified.mdx');
    fs.writeFileSync(pillar('zh'), fs.readFileSync(pillar('zh'), 'utf8').replace('  - acme-forge\n', '  - acme-forge\n  - beta-ray\n'));
    fs.writeFileSync(pillar('en'), fs.readFileSync(pillar('en'), 'utf8').replace('[acme-forge]', '[acme-forge, beta-ray]'));
    expect(check()).toEqual([]);
  });

  it('creates a pillar page in both languages', async () => {
    const result = await createContent({ type: 'pillar', slug: 'fast-loop', root, contentDir: dir });
    expect(result.files.map((f: string) => path.basename(path.dirname(f)) + '/' + path.basename(f))).toEqual([
      'why-ray/fast-loop.mdx',
      'why-ray/fast-loop.mdx',
    ]);
    expect(read('zh/why-ray/fast-loop.mdx')).toMatch(/^order: 2$/m);
    expect(check()).toEqual([]);
  });

  it('creates one bilingual resource file', async () => {
    const result = await createContent({ type: 'resource', slug: 'beta-talk', root, contentDir: dir });
    expect(result.problems).toEqual([]);
    const text = read('resources/beta-talk.yaml');
    expect(text).toMatch(/^kind: blog/m);
    expect(text).toMatch(/^order: 2$/m);
    expect(text).toMatch(/^draft: true$/m);
    expect(check()).toEqual([]);
  });

  it('refuses a slug that already exists, and writes nothing', () => {
    const before = read('zh/case-studies/acme-forge.mdx');
    const result = runNew('case-study', 'acme-forge');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^npm run new: .*zh\/case-studies\/acme-forge\.mdx and .*en\/case-studies\/acme-forge\.mdx already exist: choose another slug, or edit the existing case study\.\n$/,
    );
    expect(read('zh/case-studies/acme-forge.mdx')).toBe(before);
  });

  // Three runs of the CLI: give a busy machine time.
  it('refuses a slug that is not a valid URL segment, with a suggestion', { timeout: 30_000 }, () => {
    for (const [bad, suggestion] of [
      ['Beta Ray', 'beta-ray'],
      ['beta_ray', 'beta-ray'],
      ['Ünïcode--Name', 'unicode-name'],
    ]) {
      const result = runNew('case-study', bad);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`npm run new: "${bad}" cannot be a slug`);
      expect(result.stderr).toContain(`use lowercase letters a–z, digits 0–9 and single hyphens only, e.g. "${suggestion}"`);
    }
    expect(runNew('case-study', 'index').stderr).toContain('"index" cannot be a slug: it is reserved for section pages.');
    expect(fs.readdirSync(path.join(dir, 'zh', 'case-studies'))).toEqual(['acme-forge.mdx']);
  });

  it('refuses an unknown type and explains the types', () => {
    const result = runNew('page', 'about');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown type "page": use case-study, pillar or resource.');
    expect(result.stderr).toContain('needs a route file');
  });
});
