// The image budget of `npm run content:check`. readImageFiles() reads the
// header of every raster image under public/ with sharp (async, so the CLI
// calls it before the check); checkImageBudget() is the rule, run by links.ts
// for each image a page shows. Limits: lib/images/policy.ts.
import fs from 'node:fs';
import path from 'node:path';
import { imageBudget, isRasterPath, shrinkWidth } from '../../lib/images/policy';
import type { Report } from './problems';

export interface ImageFileInfo {
  bytes: number;
  width?: number;
  height?: number;
  /** More than one frame: an animated GIF (or WebP). */
  animated: boolean;
  /** Why sharp cannot read it. */
  unreadable?: string;
}

/** Every raster image under publicDir (public/assets/ is build output), by address: /images/x.png. */
export async function readImageFiles(publicDir: string): Promise<Map<string, ImageFileInfo>> {
  const { default: sharp } = await import('sharp');
  const found = new Map<string, ImageFileInfo>();
  const walk = async (dir: string, url: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const u = `${url}/${e.name}`;
      const file = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (u !== '/assets') await walk(file, u);
        continue;
      }
      if (!isRasterPath(e.name)) continue;
      const bytes = fs.statSync(file).size;
      try {
        const m = await sharp(file).metadata();
        found.set(u, { bytes, width: m.width, height: m.height, animated: (m.pages ?? 1) > 1 });
      } catch (error) {
        found.set(u, { bytes, animated: false, unreadable: (error as Error).message });
      }
    }
  };
  await walk(publicDir, '');
  return found;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Warnings (and an error for a file sharp cannot read) for the image at `urlPath`, shown by `file:line`. */
export function checkImageBudget(report: Report, file: string, line: number, urlPath: string, info: ImageFileInfo, publicName: string) {
  const where = `${publicName}${urlPath}`;
  if (info.unreadable) {
    report.error(
      file,
      line,
      'image-unreadable',
      `the image ${where} cannot be read as a picture (${info.unreadable})`,
      'save it again as PNG (screenshots) or JPEG (photos) under the same name',
    );
    return;
  }
  if (info.animated) {
    report.warn(
      file,
      line,
      'image-animated',
      `${where} is animated: it would be converted to its first frame only, and animations weigh megabytes`,
      'use a still picture (a screenshot of the key moment), or link to a video with <LinkCard kind="talk">',
    );
  }
  const over = [
    info.bytes > imageBudget.maxBytes ? `over ${mb(imageBudget.maxBytes)}` : '',
    (info.width ?? 0) > imageBudget.maxWidth ? `over ${imageBudget.maxWidth} px wide` : '',
  ].filter(Boolean);
  if (over.length) {
    report.warn(
      file,
      line,
      'image-large',
      `${where} is ${mb(info.bytes)}, ${info.width}×${info.height} px: ${over.join(' and ')} (git keeps every version of it, in every clone)`,
      `shrink it with \`npm run image:shrink -- ${where}\` (at most ${shrinkWidth} px wide, compressed again, in place)`,
    );
  }
}
