// What the image build step (scripts/build/images/convert.ts) tells the pages: for
// each source image, by its address (/images/x.png), the converted files.
// Written to .cache/images/manifest.json before `next build`; read by
// components/mdx/content-image.tsx while the pages render.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFormat } from './policy';
import { buildCachePath } from '../build-cache';

export interface ImageCandidate {
  /** /assets/images/x.3f2a9c1b0d.800.avif */
  url: string;
  width: number;
  bytes: number;
}

/** One source file converted: its size and its candidates per format, best format first. */
export interface ConvertedImage {
  width: number;
  height: number;
  formats: { format: OutputFormat; candidates: ImageCandidate[] }[];
}

/** A source image and, when `x.dark.png` sits next to it, its dark variant. */
export interface ManifestEntry extends ConvertedImage {
  dark?: ConvertedImage;
}

export type ImageManifest = Record<string, ManifestEntry>;

/** This step's part of the build cache (lib/build-cache.ts). */
export const imageCacheDir = (root: string) => buildCachePath(root, 'images');
export const manifestFile = (root: string) => path.join(imageCacheDir(root), 'manifest.json');

let cached: { mtimeMs: number; manifest: ImageManifest } | undefined;

/** The manifest of the last image build step, or null when it has not run. */
export function readImageManifest(root = process.cwd()): ImageManifest | null {
  const file = manifestFile(root);
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest };
  return cached.manifest;
}
