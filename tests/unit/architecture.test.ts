// The code's layers import one way: app → components → lib → i18n. A module
// may import its own layer and the ones below, never one above; tooling in
// scripts/ may use lib/ and i18n/, and the site never imports scripts/.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const layers = ['app', 'components', 'lib', 'i18n'] as const;
type Layer = (typeof layers)[number];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(tsx?|mjs)$/.test(e.name) ? [rel] : [];
  });
}

/** The one module that imports Contentlayer's generated data (item 5 of issue 17: a move to another content layer touches it only). */
const CONTENT_DOOR = 'lib/content-source.ts';

/** The project folder an import points into: '@/lib/seo' → lib, '../components/x' from app/ → components. */
function targetOf(file: string, specifier: string): string | undefined {
  if (/^(contentlayer\/generated|\.contentlayer)(\/|$)/.test(specifier)) return '.contentlayer'; // a tsconfig path, not a package
  if (specifier.startsWith('@/')) return specifier.slice(2).split('/')[0];
  if (specifier.startsWith('.')) return path.relative(root, path.resolve(root, path.dirname(file), specifier)).split(path.sep)[0];
  return undefined; // a package
}

const importsOf = (file: string) =>
  [
    ...fs
      .readFileSync(path.join(root, file), 'utf8')
      .matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]);

describe('import direction', () => {
  const files = layers.flatMap((layer) => sources(layer).map((file) => ({ file, layer })));

  it('finds the modules of every layer', () => {
    for (const layer of layers) expect(files.filter((f) => f.layer === layer).length, layer).toBeGreaterThan(0);
  });

  it('points only downward: app → components → lib → i18n, and never into scripts/ or tests/', () => {
    const wrong: string[] = [];
    for (const { file, layer } of files) {
      for (const specifier of importsOf(file)) {
        const target = targetOf(file, specifier);
        if (!target || target === 'node_modules' || target === 'messages' || target === 'content') continue;
        const allowed = layers.slice(layers.indexOf(layer as Layer)) as readonly string[];
        if (!allowed.includes(target) && !(file === CONTENT_DOOR && target === '.contentlayer'))
          wrong.push(`${file} imports ${specifier} (${layer} → ${target})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('catches an import that points up', () => {
    // The rule itself, on a made-up line: lib/ importing a component.
    expect(targetOf('lib/seo.ts', '@/components/layout/site-header')).toBe('components');
    expect(targetOf('components/x.tsx', '../app/fonts')).toBe('app');
    expect(importsOf('app/[locale]/page-routes.tsx')).toContain('@/components/templates/standard-page');
  });
});

describe('Contentlayer behind one door', () => {
  // Every folder with code, the site's layers and the tooling and tests.
  const files = [...layers, 'scripts', 'tests']
    .flatMap((dir) => sources(dir))
    .concat(fs.readdirSync(root).filter((f) => /\.(tsx?|mjs)$/.test(f)));
  const readsGenerated = (file: string) => importsOf(file).some((s) => targetOf(file, s) === '.contentlayer');

  it(`lets only ${CONTENT_DOOR} import Contentlayer's generated data`, () => {
    expect(files.filter(readsGenerated)).toEqual([CONTENT_DOOR]);
  });

  it('recognises an import of the generated data however it is written', () => {
    expect(targetOf('lib/x.ts', 'contentlayer/generated')).toBe('.contentlayer');
    expect(targetOf('lib/x.ts', '../.contentlayer/generated/index.mjs')).toBe('.contentlayer');
    expect(targetOf('scripts/x.mjs', '../.contentlayer/generated')).toBe('.contentlayer');
    expect(targetOf('lib/x.ts', 'contentlayer2/source-files')).toBeUndefined();
  });
});
