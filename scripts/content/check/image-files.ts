// The image budget of `npm run content:check`. readImageFiles() reads the
// header of every raster image under public/ with sharp (async, so the CLI
// calls it before the check); checkImageBudget() is the rule, run by links.ts
// for each image a page shows. Limits: lib/images/policy.ts.
import fs from 'node:fs';
import path from 'node:path';
import { imageBudget, isRasterPath, shrinkWidth } from '../../../lib/images/policy';
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
      if (e.isSymbolicLink()) continue; // never read through a link: content:check reports it (files.ts)
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
      {
        message: `图片 ${where} 无法作为图片读取（${info.unreadable}）`,
        fix: '用同一文件名重新保存为 PNG（截图）或 JPEG（照片）',
      },
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
      {
        message: `${where} 是动图：转换后只保留第一帧，而且动图往往有好几 MB`,
        fix: '改用静态图片（关键画面的截图），或用 <LinkCard kind="talk"> 链接到视频',
      },
    );
  }
  const tooHeavy = info.bytes > imageBudget.maxBytes;
  const tooWide = (info.width ?? 0) > imageBudget.maxWidth;
  const over = [tooHeavy ? `over ${mb(imageBudget.maxBytes)}` : '', tooWide ? `over ${imageBudget.maxWidth} px wide` : ''].filter(Boolean);
  const overZh = [tooHeavy ? `超过 ${mb(imageBudget.maxBytes)}` : '', tooWide ? `宽度超过 ${imageBudget.maxWidth} 像素` : ''].filter(
    Boolean,
  );
  if (over.length) {
    report.warn(
      file,
      line,
      'image-large',
      `${where} is ${mb(info.bytes)}, ${info.width}×${info.height} px: ${over.join(' and ')} (git keeps every version of it, in every clone)`,
      `shrink it with \`npm run image:shrink -- ${where}\` (at most ${shrinkWidth} px wide, compressed again, in place)`,
      {
        message: `${where} 大小 ${mb(info.bytes)}，${info.width}×${info.height} 像素：${overZh.join('，')}（git 会在每个副本中永久保存它的每个版本）`,
        fix: `用 \`npm run image:shrink -- ${where}\` 缩小它（宽度最多 ${shrinkWidth} 像素，重新压缩，原地替换）`,
      },
    );
  }
}
