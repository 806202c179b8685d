// Content images (Markdown `![…](/images/x.png)`, also inside <Figure>): the
// one place for what the build makes of them and what the checker allows.
// React-free and dependency-free: the build step (scripts/build/images/), the
// content check and the page component (components/mdx/content-image.tsx)
// all read it.

/** Formats the build writes, best first; the source's own format (fallbackFormat) comes last. */
export const modernFormats = ['avif', 'webp'] as const;
export type OutputFormat = 'avif' | 'webp' | 'png' | 'jpeg';

/** The files sharp converts; anything else (SVG) is served as it is. */
export const rasterExtensions = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif', '.tif', '.tiff'];

/**
 * Widths of the candidates, rounded up from the content column: a phone's
 * (≈ 343 px) at 1×, 2× and 3× (480, 900, 1350), a wide screen's (at most
 * 896 px: max-w-4xl) at 1× and 2× (900, 1800). Never wider than the source:
 * a narrower source adds its own width instead.
 */
export const candidateWidths = [480, 900, 1350, 1800];

/** How wide the image shows: the column (ArticleLayout: px-4, sm:px-6, at most 56rem). */
export const imageSizes = '(min-width: 1024px) 896px, (min-width: 640px) calc(100vw - 3rem), calc(100vw - 2rem)';

/** Encoder settings; part of the cache key, so changing one converts everything again. */
export const encoderSettings = {
  avif: { quality: 55, effort: 2 },
  webp: { quality: 78, effort: 4 },
  png: { compressionLevel: 8, palette: false },
  jpeg: { quality: 80, mozjpeg: true },
} as const;

/** Where converted files are served from (public/assets/images/ at build; long cache: lib/delivery.ts). */
export const imageUrlDir = '/assets/images';

/** What `npm run content:check` warns about. */
export const imageBudget = { maxBytes: 1024 * 1024, maxWidth: 4000 };

/** The width a source is shrunk to by `npm run image:shrink` (wider than the largest candidate). */
export const shrinkWidth = 2400;

/** `x.dark.png` is the dark-theme variant of `x.png`. */
export const darkVariantPattern = /\.dark(\.[a-z0-9]+)$/i;

export function isRasterPath(urlPath: string): boolean {
  const dot = urlPath.lastIndexOf('.');
  return dot >= 0 && rasterExtensions.includes(urlPath.slice(dot).toLowerCase());
}

/** /images/x.png → /images/x.dark.png */
export function darkVariantOf(urlPath: string): string {
  return urlPath.replace(/(\.[a-z0-9]+)$/i, '.dark$1');
}

/** The format kept as the fallback <img>: the source's, where browsers show it everywhere. */
export function fallbackFormat(sourceFormat: string, hasAlpha: boolean): OutputFormat {
  if (sourceFormat === 'jpeg' || sourceFormat === 'jpg') return 'jpeg';
  if (sourceFormat === 'png' || sourceFormat === 'gif' || hasAlpha) return 'png';
  return 'jpeg'; // webp, avif, tiff sources: JPEG is the one every browser shows
}

/** The widths to write for a source `width` px wide. */
export function widthsFor(width: number): number[] {
  const fitting = candidateWidths.filter((w) => w < width);
  return width <= candidateWidths[candidateWidths.length - 1] ? [...fitting, width] : [...fitting];
}

export const mimeTypes: Record<OutputFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  png: 'image/png',
  jpeg: 'image/jpeg',
};
