// Fonts for the share images (next/og → Satori), loaded from disk and subset
// at build time to exactly the characters an image draws.
//
// - Latin: Inter (the site's Latin font). npm ships it as a variable WOFF2,
//   which Satori cannot read: subset-font instances it at the weight we need
//   and writes a static TrueType font.
// - Chinese (and anything Inter lacks: CJK punctuation, arrows…): Noto Sans SC
//   from @fontsource, split into ~100 WOFF files by unicode-range. We read the
//   package's CSS to find the file for each character and subset only those.
//
// A character that no font covers stops the build (Satori would otherwise try
// to fetch it from Google Fonts and, offline, draw nothing).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type OgWeight = 400 | 700;
export type OgFont = { name: string; data: ArrayBuffer; weight: OgWeight; style: 'normal' };
export type FontFace = { family: string; file: string; ranges: [number, number][] };

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [start, end = start] = part.split('-');
      return [parseInt(start, 16), parseInt(end, 16)] as [number, number];
    });
}

/**
 * @font-face rules of a Fontsource CSS file → the file to load (the .woff
 * when there is one, else the first url) and the characters it covers.
 */
export function parseFontFaces(css: string, family: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const urls = [...body.matchAll(/url\(\.\/files\/([^)]+)\)/g)].map((m) => m[1]);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const file = urls.find((u) => u.endsWith('.woff')) ?? urls[0];
    if (file && range) faces.push({ family, file, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

const covers = (face: FontFace, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * Which font file draws which characters: each character goes to the first
 * face (in the given order) whose unicode-range covers it.
 * Throws when a character has no face, naming the character.
 */
export function planFontFiles(text: string, faces: FontFace[]): Map<FontFace, string> {
  const plan = new Map<FontFace, string>();
  for (const char of new Set(Array.from(text))) {
    if (char === '\n') continue;
    const cp = char.codePointAt(0)!;
    const face = faces.find((f) => covers(f, cp));
    if (!face) {
      throw new Error(`Share image: no font has "${char}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}).`);
    }
    plan.set(face, (plan.get(face) ?? '') + char);
  }
  return plan;
}

const modules = path.join(process.cwd(), 'node_modules');
const interDir = path.join(modules, '@fontsource-variable/inter');
const notoDir = path.join(modules, '@fontsource/noto-sans-sc');

const once = <T>(fn: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
};

/** Inter first (it draws Latin on the site too), then Noto Sans SC. */
const facesFor = (() => {
  const cache = new Map<OgWeight, Promise<FontFace[]>>();
  return (weight: OgWeight) => {
    if (!cache.has(weight)) {
      cache.set(
        weight,
        Promise.all([
          readFile(path.join(interDir, 'wght.css'), 'utf8').then((css) =>
            // Basic Latin first: where ranges overlap, prefer the file with the common characters.
            parseFontFaces(css, 'inter').sort(
              (a, b) => Number(b.file.startsWith('inter-latin-wght')) - Number(a.file.startsWith('inter-latin-wght')),
            ),
          ),
          readFile(path.join(notoDir, `${weight}.css`), 'utf8').then((css) => parseFontFaces(css, 'noto')),
        ]).then(([inter, noto]) => [...inter, ...noto]),
      );
    }
    return cache.get(weight)!;
  };
})();

const fileBytes = new Map<string, Promise<Buffer>>();
const readFont = (file: string) => {
  if (!fileBytes.has(file)) fileBytes.set(file, readFile(file));
  return fileBytes.get(file)!;
};

// subset-font (and its WebAssembly HarfBuzz) is loaded by Node itself, not
// bundled: it finds its .wasm next to its own files.
type SubsetFont = typeof import('subset-font').default;
const loadSubsetFont = once(async (): Promise<SubsetFont> => {
  const mod = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'subset-font');
  return mod.default;
});

async function subset(face: FontFace, chars: string, weight: OgWeight): Promise<ArrayBuffer> {
  const subsetFont = await loadSubsetFont();
  const isInter = face.family === 'inter';
  const file = path.join(isInter ? interDir : notoDir, 'files', face.file);
  const out = await subsetFont(await readFont(file), chars, {
    targetFormat: 'sfnt',
    ...(isInter ? { variationAxes: { wght: weight } } : {}),
  });
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/**
 * Font name Satori sees. Satori uses one font per name, so every file gets its
 * own name ("Inter latin", "Noto Sans SC 100") and all take part in fallback.
 */
export const fontName = (face: FontFace) =>
  face.family === 'inter'
    ? `Inter ${face.file.replace(/^inter-/, '').replace(/-wght-normal\.woff2?$/, '')}`
    : `Noto Sans SC ${face.file.replace(/^noto-sans-sc-/, '').replace(/-\d+-normal\.woff2?$/, '')}`;

/** The family every share image asks for; the other subsets are its fallbacks. */
export const primaryFont = 'Inter latin';

/**
 * The fonts that draw `texts`, each subset to the characters it must draw.
 * Pass every string the image shows, with the weight it is shown in.
 */
export async function loadOgFonts(texts: { text: string; weight: OgWeight }[]): Promise<OgFont[]> {
  const byWeight = new Map<OgWeight, string>();
  // A space in every weight: the primary font is always loaded (Satori takes
  // line metrics from it).
  for (const { text, weight } of texts) byWeight.set(weight, (byWeight.get(weight) ?? ' ') + text);
  const fonts: Promise<OgFont>[] = [];
  for (const [weight, text] of byWeight) {
    const plan = planFontFiles(text, await facesFor(weight));
    for (const [face, chars] of plan) {
      fonts.push(subset(face, chars, weight).then((data) => ({ name: fontName(face), data, weight, style: 'normal' as const })));
    }
  }
  return Promise.all(fonts);
}
