// The site's Latin web font, cut to what the site uses: Inter (variable, from
// npm) subset to the characters that occur in content/, messages/, app/ and
// components/ (plus all of printable ASCII), with its weight axis limited to
// the 400–700 the design uses. 48 KB → about 21 KB, the largest single file a
// first visit loads. Run before `next build` and `next dev` (lib/fonts.ts
// reads the result); ~0.2 s.
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { buildCachePath } from '@/lib/build-cache';
import { root } from '../../lib/root';

const source = path.join(root, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2');
// lib/fonts.ts names this file too (next/font needs a literal path).
export const webFontFile = buildCachePath(root, 'fonts', 'inter-subset.woff2');
const SCANNED = ['content', 'messages', 'app', 'components'];
const TEXT = /\.(mdx|md|ya?ml|json|tsx?)$/;

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(file);
    else if (TEXT.test(e.name)) yield file;
  }
}

/** Every character the site's text may show; CJK is left to the system fonts, so only non-CJK counts. */
export function siteCharacters() {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const dir of SCANNED) {
    for (const file of files(path.join(root, dir))) {
      for (const ch of fs.readFileSync(file, 'utf8')) if (ch.codePointAt(0)! < 0x2e80) chars.add(ch);
    }
  }
  return [...chars].join('');
}

export async function writeWebFont() {
  const started = performance.now();
  const input = fs.readFileSync(source);
  const output = await subsetFont(input, siteCharacters(), { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 700 } } });
  fs.mkdirSync(path.dirname(webFontFile), { recursive: true });
  fs.writeFileSync(webFontFile, output);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `web font: Inter ${kb(input.length)} KB → ${kb(output.length)} KB (site characters, weights 400–700) in ${Math.round(performance.now() - started)} ms`,
  );
}
