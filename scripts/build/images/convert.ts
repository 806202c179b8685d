// The image step of `npm run build` (before `next build`): every raster image
// under public/ (not public/assets/, which the build writes) is converted with
// sharp into AVIF, WebP and its own format, at the widths of
// lib/images/policy.ts, under hashed names in public/assets/images/ (served
// with a year's cache). Conversions are kept in .cache/images/<key>/, keyed by
// the source's content hash and the encoder settings: a rebuild with the same
// images converts none. The manifest (.cache/images/manifest.json) tells the
// pages which files exist (components/mdx/content-image.tsx).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { imageCacheDir, manifestFile, type ConvertedImage, type ImageManifest } from '@/lib/images/manifest';
import {
  darkVariantPattern,
  encoderSettings,
  fallbackFormat,
  imageUrlDir,
  isRasterPath,
  modernFormats,
  widthsFor,
  type OutputFormat,
} from '@/lib/images/policy';

export class ImageError extends Error {}

type Options = { root: string; publicDir?: string; cacheDir?: string };

/** Bump to convert everything again after a change in how files are written. */
const STEP_VERSION = 1;

/** Raster files under public/, as addresses (/images/x.png); public/assets/ is build output. */
export function listSourceImages(publicDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, url: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const u = `${url}/${e.name}`;
      if (e.isDirectory()) {
        if (u !== '/assets') walk(path.join(dir, e.name), u);
      } else if (isRasterPath(e.name)) found.push(u);
    }
  };
  walk(publicDir, '');
  return found.sort();
}

const extOf: Record<OutputFormat, string> = { avif: 'avif', webp: 'webp', png: 'png', jpeg: 'jpg' };

/** Converts one source into cacheDir/<key>/; returns what it wrote (names relative to imageUrlDir). */
async function convert(source: Buffer, file: string, key: string, entryDir: string): Promise<ConvertedImage> {
  const meta = await sharp(source)
    .metadata()
    .catch((error: Error) => {
      throw new ImageError(`${file}: sharp cannot read this image (${error.message}). Save it as PNG, JPEG or WebP.`);
    });
  // Decoded once (EXIF rotation applied), then resized for every candidate.
  const { data, info } = await sharp(source).rotate().raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const formats = [...modernFormats, fallbackFormat(meta.format ?? '', info.channels === 4)];
  fs.mkdirSync(entryDir, { recursive: true });
  const result: ConvertedImage = { width: info.width, height: info.height, formats: [] };
  for (const format of formats) {
    const candidates = [];
    for (const width of widthsFor(info.width)) {
      const name = `${base}.${key.slice(0, 10)}.${width}.${extOf[format]}`;
      const pipeline = sharp(data, raw).resize({ width });
      const out = await pipeline[format](encoderSettings[format] as never).toBuffer();
      fs.writeFileSync(path.join(entryDir, name), out);
      candidates.push({ url: `${imageUrlDir}/${name}`, width, bytes: out.length });
    }
    result.formats.push({ format, candidates });
  }
  fs.writeFileSync(path.join(entryDir, 'converted.json'), JSON.stringify(result));
  return result;
}

export async function convertImages({ root, publicDir = path.join(root, 'public'), cacheDir = imageCacheDir(root) }: Options) {
  const started = performance.now();
  const outDir = path.join(publicDir, ...imageUrlDir.split('/').filter(Boolean));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(cacheDir, { recursive: true });

  const converted: Record<string, ConvertedImage> = {};
  const used = new Set<string>();
  let fresh = 0;
  for (const url of listSourceImages(publicDir)) {
    const source = fs.readFileSync(path.join(publicDir, url));
    const key = crypto
      .createHash('sha256')
      .update(JSON.stringify({ STEP_VERSION, encoderSettings, widths: widthsFor(1e6) }))
      .update(source)
      .digest('hex');
    const entryDir = path.join(cacheDir, key);
    used.add(key);
    const done = path.join(entryDir, 'converted.json');
    let image: ConvertedImage;
    if (fs.existsSync(done)) image = JSON.parse(fs.readFileSync(done, 'utf8')) as ConvertedImage;
    else {
      fs.rmSync(entryDir, { recursive: true, force: true });
      image = await convert(source, `public${url}`, key, entryDir);
      fresh++;
    }
    for (const { candidates } of image.formats) {
      for (const c of candidates) fs.copyFileSync(path.join(entryDir, path.basename(c.url)), path.join(outDir, path.basename(c.url)));
    }
    converted[url] = image;
  }

  // x.dark.png becomes the `dark` of x.png (a dark file without its light one stays an image of its own).
  const manifest: ImageManifest = {};
  for (const [url, image] of Object.entries(converted)) {
    const lightUrl = url.replace(darkVariantPattern, '$1');
    if (lightUrl !== url && converted[lightUrl]) continue;
    const dark = converted[url.replace(/(\.[a-z0-9]+)$/i, '.dark$1')];
    manifest[url] = dark ? { ...image, dark } : image;
  }
  fs.writeFileSync(manifestFile(root), JSON.stringify(manifest, null, 1));

  // Conversions of images that changed or left: removed, so the folder stays the size of the images in use.
  for (const e of fs.readdirSync(cacheDir, { withFileTypes: true })) {
    if (e.isDirectory() && !used.has(e.name)) fs.rmSync(path.join(cacheDir, e.name), { recursive: true, force: true });
  }
  const files = Object.values(converted).reduce((n, i) => n + i.formats.reduce((m, f) => m + f.candidates.length, 0), 0);
  return { images: Object.keys(converted).length, converted: fresh, files, seconds: (performance.now() - started) / 1000 };
}
