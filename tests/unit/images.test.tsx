// Content images: the build step (scripts/build/images/convert.ts) on generated
// pictures, the <picture> the pages get, the top-of-page rule, and the image
// budget of content:check. Pictures are made here with sharp, never committed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConvertedImageOf } from '@/components/mdx/content-image';
import type { ImageManifest, ManifestEntry } from '@/lib/images/manifest';
import { imageSizes, widthsFor } from '@/lib/images/policy';
import { rehypeTopImage } from '@/lib/images/rehype-top-image';
import { convertImages } from '@/scripts/build/images/convert';
import { loadChecker } from '../../scripts/content/check/load';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'images-test-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const solid = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();

describe('widths', () => {
  it('never wider than the source; a narrow source keeps its own width', () => {
    expect(widthsFor(2400)).toEqual([480, 900, 1350, 1800]);
    expect(widthsFor(1000)).toEqual([480, 900, 1000]);
    expect(widthsFor(300)).toEqual([300]);
  });
});

describe('convertImages', () => {
  it('writes AVIF, WebP and the own format, pairs x.dark.png with x.png, and converts nothing the second time', async () => {
    const project = path.join(tmp, 'project');
    fs.mkdirSync(path.join(project, 'public', 'images'), { recursive: true });
    fs.writeFileSync(path.join(project, 'public', 'images', 'ui.png'), await solid(1000, 500, '#e0f0ff'));
    fs.writeFileSync(path.join(project, 'public', 'images', 'ui.dark.png'), await solid(1000, 500, '#102030'));
    fs.writeFileSync(
      path.join(project, 'public', 'images', 'photo.jpg'),
      await sharp({ create: { width: 600, height: 400, channels: 3, background: '#884422' } })
        .jpeg()
        .toBuffer(),
    );

    const first = await convertImages({ root: project });
    expect(first).toMatchObject({ images: 3, converted: 3, files: 9 + 9 + 6 }); // ui and ui.dark: 3 widths × 3 formats; photo: 480 and 600
    const manifest = JSON.parse(fs.readFileSync(path.join(project, '.cache', 'images', 'manifest.json'), 'utf8')) as ImageManifest;
    expect(Object.keys(manifest).sort()).toEqual(['/images/photo.jpg', '/images/ui.png']);
    const ui = manifest['/images/ui.png'];
    expect(ui).toMatchObject({ width: 1000, height: 500 });
    expect(ui.formats.map((f) => f.format)).toEqual(['avif', 'webp', 'png']);
    expect(ui.formats[0].candidates.map((c) => c.width)).toEqual([480, 900, 1000]);
    expect(ui.dark?.formats[0].candidates[0].url).toMatch(/^\/assets\/images\/ui\.dark\.[0-9a-f]{10}\.480\.avif$/);
    expect(manifest['/images/photo.jpg'].formats.map((f) => f.format)).toEqual(['avif', 'webp', 'jpeg']);
    for (const { candidates } of ui.formats) {
      for (const c of candidates) {
        const file = path.join(project, 'public', c.url);
        expect(fs.statSync(file).size).toBe(c.bytes);
        expect((await sharp(file).metadata()).width).toBe(c.width);
      }
    }

    const second = await convertImages({ root: project });
    expect(second).toMatchObject({ images: 3, converted: 0 });

    // A changed picture is converted again, and its old conversion leaves the cache.
    fs.writeFileSync(path.join(project, 'public', 'images', 'ui.png'), await solid(1000, 500, '#ffffff'));
    const third = await convertImages({ root: project });
    expect(third.converted).toBe(1);
    expect(fs.readdirSync(path.join(project, '.cache', 'images')).filter((d) => d !== 'manifest.json')).toHaveLength(3);
  });
});

const image = (name: string, width: number, height: number) => ({
  width,
  height,
  formats: (['avif', 'webp', 'png'] as const).map((format) => ({
    format,
    candidates: widthsFor(width).map((w) => ({ url: `/assets/images/${name}.0123456789.${w}.${format}`, width: w, bytes: w })),
  })),
});

describe('the <picture> of a converted image', () => {
  const entry: ManifestEntry = image('ui', 2400, 1500);

  it('has typed sources, srcset and sizes, the intrinsic size, lazy loading, and links the largest file', () => {
    const html = renderToStaticMarkup(<ConvertedImageOf entry={entry} alt="The workspace list" top={false} />);
    expect(html).toMatch(/^<a href="\/assets\/images\/ui\.0123456789\.1800\.webp" class="content-image"><picture>/);
    expect(html).toContain(
      `<source type="image/avif" srcSet="/assets/images/ui.0123456789.480.avif 480w, /assets/images/ui.0123456789.900.avif 900w, /assets/images/ui.0123456789.1350.avif 1350w, /assets/images/ui.0123456789.1800.avif 1800w" sizes="${imageSizes}"/>`,
    );
    expect(html).toContain('<source type="image/webp"');
    expect(html).toMatch(
      /<img src="\/assets\/images\/ui\.0123456789\.900\.png" srcSet="[^"]*1800\.png 1800w" sizes="[^"]+" width="2400" height="1500" alt="The workspace list" loading="lazy" decoding="async"\/>/,
    );
  });

  it('loads at once, with high priority, at the top of the page', () => {
    const html = renderToStaticMarkup(<ConvertedImageOf entry={entry} alt="x" top />);
    expect(html).not.toContain('loading=');
    expect(html).toContain('fetchPriority="high"');
  });

  it('with a dark variant: both pictures, each in its theme wrapper, both lazy', () => {
    const html = renderToStaticMarkup(<ConvertedImageOf entry={{ ...entry, dark: image('ui.dark', 2400, 1500) }} alt="x" top />);
    expect(html).toMatch(/^<span class="theme-light-only"><a href="[^"]*\/ui\.0123456789\.1800\.webp"/);
    expect(html).toMatch(/<span class="theme-dark-only"><a href="[^"]*\/ui\.dark\.0123456789\.1800\.webp"/);
    expect(html.match(/loading="lazy"/g)).toHaveLength(2);
  });
});

describe('rehypeTopImage', () => {
  type N = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: N[]; value?: string };
  const img = (): N => ({ type: 'element', tagName: 'img', properties: { src: '/images/x.png' } });
  const run = (children: N[]) => {
    rehypeTopImage()({ type: 'root', children });
    return children;
  };

  it('marks an image in the first block (after the bundler’s ESM node), alone or in <Figure>', () => {
    const first = img();
    const later = img();
    run([
      { type: 'mdxjsEsm' },
      { type: 'text', value: '\n' },
      { type: 'element', tagName: 'p', children: [first] },
      { type: 'element', tagName: 'p', children: [later] },
    ]);
    expect(first.properties?.dataTop).toBe(true);
    expect(later.properties?.dataTop).toBeUndefined();
    const inFigure = img();
    run([{ type: 'mdxJsxFlowElement', children: [{ type: 'element', tagName: 'p', children: [inFigure] }] }]);
    expect(inFigure.properties?.dataTop).toBe(true);
  });

  it('leaves an image after the first paragraph lazy', () => {
    const after = img();
    run([
      { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Intro' }] },
      { type: 'element', tagName: 'p', children: [after] },
    ]);
    expect(after.properties?.dataTop).toBeUndefined();
  });
});

describe('content:check image budget', () => {
  let checker: Awaited<ReturnType<typeof loadChecker>>;
  beforeAll(async () => {
    checker = await loadChecker(root);
  });

  it('reads size, width and frames with sharp, and marks what it cannot read', async () => {
    const pub = path.join(tmp, 'public');
    fs.mkdirSync(path.join(pub, 'images'), { recursive: true });
    fs.writeFileSync(path.join(pub, 'images', 'wide.png'), await solid(4200, 100, '#fff'));
    // Three frames joined: an animated GIF.
    const [red, blue] = await Promise.all([solid(8, 8, '#f00'), solid(8, 8, '#00f')]);
    fs.writeFileSync(
      path.join(pub, 'images', 'anim.gif'),
      await sharp([red, blue, red], { join: { animated: true } })
        .gif()
        .toBuffer(),
    );
    fs.writeFileSync(path.join(pub, 'images', 'broken.png'), 'not a picture');
    fs.writeFileSync(path.join(pub, 'images', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const info = await checker.readImageFiles(pub);
    expect(info.get('/images/wide.png')).toMatchObject({ width: 4200, animated: false });
    expect(info.get('/images/anim.gif')?.animated).toBe(true);
    expect(info.get('/images/broken.png')?.unreadable).toBeTruthy();
    expect(info.has('/images/logo.svg')).toBe(false); // SVG passes as it is
  });

  const check = (stack: object) =>
    checkFixture(checker, root, 'tests/fixtures/content-valid', {
      images: new Map([['/images/stack.png', { bytes: 1000, width: 800, height: 400, animated: false, ...stack }]]),
    })
      .filter((p: { rule: string }) => p.rule.startsWith('image-'))
      .map(
        (p: { severity: string; file: string; line?: number; message: string; fix: string }) =>
          `${p.severity} ${p.file}:${p.line} — ${p.message} — ${p.fix}`,
      );

  it('passes an image within the budget', () => {
    expect(check({})).toEqual([]);
  });

  it('warns about a file over 1 MB or 4000 px wide, naming it, its size and the command that shrinks it', () => {
    expect(check({ bytes: 10.8 * 1024 * 1024, width: 2400, height: 1500 })).toEqual(
      ['en', 'zh'].map(
        (l) =>
          `warning tests/fixtures/content-valid/${l}/index.mdx:12 — tests/fixtures/public/images/stack.png is 10.8 MB, 2400×1500 px: over 1.0 MB (git keeps every version of it, in every clone) — shrink it with \`npm run image:shrink -- tests/fixtures/public/images/stack.png\` (at most 2400 px wide, compressed again, in place)`,
      ),
    );
    expect(check({ width: 4200 })[0]).toContain('is 0.0 MB, 4200×400 px: over 4000 px wide');
  });

  it('warns about an animated GIF, and fails a file sharp cannot read', () => {
    expect(check({ animated: true })[0]).toMatch(/^warning .*stack\.png is animated: .* — use a still picture/);
    expect(check({ unreadable: 'unsupported image format' })[0]).toMatch(
      /^error .*stack\.png cannot be read as a picture \(unsupported image format\)/,
    );
  });
});
