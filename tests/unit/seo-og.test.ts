// Share images: font planning (no character without a glyph), brand colours in
// step with app/globals.css, fonts for every page's image text, and a real
// render in each locale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { getAllDocs } from '@/lib/content';
import { fontName, loadOgFonts, parseFontFaces, parseUnicodeRange, planFontFiles, type FontFace } from '@/lib/og/fonts';
import { ogPageInfo } from '@/lib/og/page-info';
import { renderOgImage, titleFontSize } from '@/lib/og/image';
import { ogColors, ogColorVars } from '@/lib/og/theme';

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('font planning', () => {
  it('parses unicode-range', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+4e00-4e0f')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x4e00, 0x4e0f],
    ]);
  });

  const css = `
    @font-face { font-family: 'X'; src: url(./files/x-latin-400-normal.woff2) format('woff2'), url(./files/x-latin-400-normal.woff) format('woff'); unicode-range: U+0000-00FF; }
    @font-face { font-family: 'X'; src: url(./files/x-12-400-normal.woff2) format('woff2'), url(./files/x-12-400-normal.woff) format('woff'); unicode-range: U+4E00-4E8F,U+FF1A; }`;
  const faces = parseFontFaces(css, 'noto');

  it('reads the WOFF file (Satori cannot read WOFF2) and its range from each @font-face', () => {
    expect(faces.map((f) => f.file)).toEqual(['x-latin-400-normal.woff', 'x-12-400-normal.woff']);
  });

  it('gives each character to the file that covers it', () => {
    const plan = planFontFiles('Ray 一：', faces);
    expect([...plan.entries()].map(([f, chars]) => [f.file, chars])).toEqual([
      ['x-latin-400-normal.woff', 'Ray '],
      ['x-12-400-normal.woff', '一：'],
    ]);
  });

  it('stops on a character no font has, naming it', () => {
    expect(() => planFontFiles('Ray 龘', faces)).toThrow(/龘.*U\+9F98/);
  });

  it('names every file apart (Satori keeps one font per name)', () => {
    const face = (file: string, family = 'noto'): FontFace => ({ family, file, ranges: [] });
    const names = [
      face('noto-sans-sc-latin-700-normal.woff'),
      face('noto-sans-sc-latin-ext-700-normal.woff'),
      face('noto-sans-sc-100-700-normal.woff'),
      face('inter-latin-wght-normal.woff2', 'inter'),
      face('inter-latin-ext-wght-normal.woff2', 'inter'),
    ].map(fontName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Inter latin');
  });
});

describe('brand colours', () => {
  it('match the light theme in app/globals.css', () => {
    const css = readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)![1];
    for (const [key, variable] of Object.entries(ogColorVars)) {
      const value = new RegExp(`${variable}:\\s*([^;]+);`).exec(root)?.[1].trim();
      // Either a plain colour or light-dark(light, dark): the light one.
      const light = /^light-dark\(\s*([^,\s]+)\s*,/.exec(value ?? '')?.[1] ?? value;
      expect(light, variable).toBe(ogColors[key as keyof typeof ogColors]);
    }
  });
});

describe('share images of the real content', () => {
  const pages = routing.locales.flatMap((locale) => getAllDocs(locale).map((d) => ({ locale, route: d.route })));

  it('has fonts for every character of every page, punctuation included', async () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const { locale, route } of pages) {
      const info = (await ogPageInfo(locale, route))!;
      expect(info.title).toBeTruthy();
      expect(info.label).toBeTruthy();
      const fonts = await loadOgFonts([
        { text: info.siteName + info.tagline + info.label + info.title, weight: 700 },
        { text: info.description + '…', weight: 400 },
      ]);
      expect(fonts.length).toBeGreaterThan(0);
      // Subsets are small: the whole point of subsetting.
      for (const font of fonts) expect(font.data.byteLength).toBeLessThan(120_000);
    }
  }, 60_000);

  it('renders a 1200×630 PNG in each locale', async () => {
    const out = process.env.OG_PREVIEW_DIR;
    if (out) mkdirSync(out, { recursive: true });
    for (const locale of routing.locales) {
      const route = getAllDocs(locale).find((d) => d.route.startsWith('/case-studies/'))?.route ?? '/';
      const response = await renderOgImage((await ogPageInfo(locale, route))!);
      const png = new Uint8Array(await response.arrayBuffer());
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      if (out) writeFileSync(path.join(out, `${locale}${route.replace(/\//g, '_')}.png`), png);
    }
  }, 60_000);

  it('picks a smaller title size for longer titles', () => {
    expect(titleFontSize('资源')).toBeGreaterThan(
      titleFontSize('Spotify: Ray for faster ML research and production, at scale, everywhere'),
    );
  });
});
