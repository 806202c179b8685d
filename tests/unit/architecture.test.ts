// The code's layers import one way: app → components → lib → i18n. A module
// may import its own layer and the ones below, never one above; tooling in
// scripts/ may use lib/ and i18n/, and the site never imports scripts/.
// In scripts/, a command (a file without exports: it runs when loaded) is
// imported by nothing, and nothing outside tests/ imports tests/.
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
    return /\.(tsx?|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
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

describe('scripts/ and tests/', () => {
  const scripts = sources('scripts');
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  /** A command runs when loaded (a thin main); a module only exports. */
  const isCommand = (file: string) => /\.(tsx?|mjs)$/.test(file) && !/^export\b/m.test(read(file));
  const resolved = (file: string, specifier: string) => {
    const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : path.resolve(root, path.dirname(file), specifier);
    const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    return found && path.relative(root, found);
  };

  it('finds the commands and the modules', () => {
    expect(scripts.filter(isCommand).length).toBeGreaterThan(10);
    expect(scripts.filter((f) => !isCommand(f)).length).toBeGreaterThan(10);
  });

  it('scripts/ uses only scripts/, lib/ and i18n/ (and packages)', () => {
    const wrong = scripts.flatMap((file) =>
      importsOf(file)
        .map((specifier) => ({ specifier, target: targetOf(file, specifier) }))
        .filter(({ target }) => target && !['scripts', 'lib', 'i18n'].includes(target))
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no command is imported as a library', () => {
    const everyFile = [...scripts, ...sources('tests'), ...layers.flatMap((layer) => sources(layer))];
    const wrong = everyFile.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('@/'))
        .map((specifier) => resolved(file, specifier))
        .filter((target): target is string => !!target && target.startsWith('scripts/') && isCommand(target))
        .map((target) => `${file} imports the command ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('package.json runs commands of scripts/, with tsx', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const run = Object.values(pkg.scripts).flatMap((line) => [...line.matchAll(/\b(scripts\/\S+\.(?:ts|mjs|js))/g)].map((m) => m[1]));
    expect(run.length).toBeGreaterThan(8);
    for (const file of run) {
      expect(file, 'scripts are TypeScript').toMatch(/\.ts$/);
      expect(isCommand(file), `${file} is a command, not a module`).toBe(true);
    }
  });

  it('nothing outside tests/ imports tests/', () => {
    const outside = [...scripts, ...layers.flatMap((layer) => sources(layer)), 'contentlayer.config.ts', 'playwright.config.ts'];
    const wrong = outside.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => targetOf(file, specifier) === 'tests')
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('catches a command imported as a library and a tool that imports tests/', () => {
    expect(isCommand('scripts/content/check.ts')).toBe(true);
    expect(isCommand('scripts/content/check/load.ts')).toBe(false);
    expect(resolved('scripts/dev/dev.ts', '../content/check')).toBe('scripts/content/check.ts');
    expect(targetOf('scripts/measure/bench-preview.ts', '../../tests/authoring/x')).toBe('tests');
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

describe('generated files', () => {
  // Item 6 of issue 17: intermediate files go to .cache/ (lib/build-cache.ts),
  // never into node_modules/, which npm owns and CI caches.
  const writesIntoNodeModules = (text: string) => /node_modules['"]?\s*[/,]\s*['"]?\.cache\b/.test(text);
  const code = [...layers, 'scripts'].flatMap((dir) => sources(dir));

  it('no code keeps files in node_modules/.cache', () => {
    const wrong = code.filter((file) => writesIntoNodeModules(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(wrong).toEqual([]);
  });

  it('catches both spellings of node_modules/.cache', () => {
    expect(writesIntoNodeModules("path.join(root, 'node_modules/.cache/x')")).toBe(true);
    expect(writesIntoNodeModules("path.resolve('node_modules', '.cache', 'x')")).toBe(true);
    expect(writesIntoNodeModules("path.join(root, 'node_modules', '.bin', 'tsx')")).toBe(false);
  });

  it('git ignores the build cache and the old intermediate folders are gone', () => {
    const ignored = fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toContain('/.cache/');
    expect(ignored.some((line) => line.includes('.search'))).toBe(false);
  });
});
