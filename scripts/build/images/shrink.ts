// `npm run image:shrink -- <file>…`: makes a picture small enough for the
// repository (the budget of `npm run content:check`), in place: at most
// shrinkWidth px wide, PNG quantized to a palette (screenshots stay crisp),
// JPEG and WebP at a good quality. The build converts it further; this only
// keeps git small.
import fs from 'node:fs';
import sharp from 'sharp';
import { shrinkWidth } from '@/lib/images/policy';

export class ShrinkError extends Error {}

export async function shrinkImage(file: string): Promise<{ before: number; after: number; width: number; height: number }> {
  if (!fs.existsSync(file)) throw new ShrinkError(`${file}: no such file`);
  const source = fs.readFileSync(file);
  const meta = await sharp(source)
    .metadata()
    .catch((error: Error) => {
      throw new ShrinkError(`${file}: not a picture sharp can read (${error.message})`);
    });
  if ((meta.pages ?? 1) > 1)
    throw new ShrinkError(`${file} is animated: replace it with a still picture (a screenshot) or link to a video`);
  const pipeline = sharp(source).rotate().resize({ width: shrinkWidth, withoutEnlargement: true });
  const encoded =
    meta.format === 'png'
      ? pipeline.png({ palette: true, quality: 90, effort: 8, compressionLevel: 9 })
      : meta.format === 'webp'
        ? pipeline.webp({ quality: 82 })
        : pipeline.jpeg({ quality: 82, mozjpeg: true });
  if (!['png', 'webp', 'jpeg'].includes(meta.format ?? '')) {
    throw new ShrinkError(`${file}: ${meta.format} is not shrunk here; save it as PNG (screenshots) or JPEG (photos) first`);
  }
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  // Never make it bigger: a small, well-compressed file stays as it is.
  if (data.length < source.length) fs.writeFileSync(file, data);
  return { before: source.length, after: Math.min(data.length, source.length), width: info.width, height: info.height };
}
