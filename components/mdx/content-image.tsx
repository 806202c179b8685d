// Every Markdown image of the content (`![What it shows](/images/x.png)`, also
// inside <Figure>): in the built site a <picture> of the files the image step
// wrote (scripts/build/images/convert.ts; AVIF, WebP, the source's format, a few
// widths), with its intrinsic size so nothing shifts, lazy unless it is at
// the top of the page (lib/images/rehype-top-image.ts), and a link to the
// largest file. `x.dark.png` next to `x.png` is shown in the dark theme
// instead (globals.css: .theme-light-only / .theme-dark-only). In
// `npm run dev`, and for SVG, the file is shown as it is.
import type { ComponentPropsWithoutRef } from 'react';
import { readImageManifest, type ConvertedImage, type ManifestEntry } from '@/lib/images/manifest';
import { imageSizes, isRasterPath, mimeTypes } from '@/lib/images/policy';

type Props = ComponentPropsWithoutRef<'img'> & { 'data-top'?: boolean };

export function ContentImage({ src, alt = '', title, 'data-top': top }: Props) {
  const url = typeof src === 'string' ? src : '';
  const converted = process.env.NODE_ENV === 'production' && url.startsWith('/') && isRasterPath(url);
  const entry = converted ? readImageManifest()?.[url] : undefined;
  if (converted && !entry) {
    throw new Error(
      `The image ${url} was not converted: run \`npm run build\` (its first steps convert public/images/ with scripts/build/images.ts), not \`next build\` alone.`,
    );
  }
  // next/image optimizes at request time, which a static export cannot use: this file is that step, done at build.
  // eslint-disable-next-line @next/next/no-img-element
  if (!entry) return <img src={url} alt={alt} title={title} loading={top ? undefined : 'lazy'} decoding="async" />;
  return <ConvertedImageOf entry={entry} alt={alt} title={title} top={Boolean(top)} />;
}

/** A converted image, with its dark variant when there is one. */
export function ConvertedImageOf({ entry, alt, title, top }: { entry: ManifestEntry; alt: string; title?: string; top: boolean }) {
  if (!entry.dark) return <Picture image={entry} alt={alt} title={title} eager={top} />;
  // Both variants stay lazy, even at the top: the hidden one (display: none) is then never fetched.
  return (
    <>
      <span className="theme-light-only">
        <Picture image={entry} alt={alt} title={title} eager={false} high={top} />
      </span>
      <span className="theme-dark-only">
        <Picture image={entry.dark} alt={alt} title={title} eager={false} high={top} />
      </span>
    </>
  );
}

const srcSet = (candidates: ConvertedImage['formats'][number]['candidates']) => candidates.map((c) => `${c.url} ${c.width}w`).join(', ');

/** One converted image: typed sources, the fallback <img>, and a link to its largest candidate. */
export function Picture({
  image,
  alt,
  title,
  eager,
  high = eager,
}: {
  image: ConvertedImage;
  alt: string;
  title?: string;
  eager: boolean;
  high?: boolean;
}) {
  const fallback = image.formats[image.formats.length - 1];
  const largest = (image.formats.find((f) => f.format === 'webp') ?? fallback).candidates.at(-1)!;
  // The src for browsers without srcset: the candidate closest to the column at 1× on a wide screen.
  const src = fallback.candidates.find((c) => c.width >= 896) ?? fallback.candidates.at(-1)!;
  return (
    <a href={largest.url} className="content-image">
      <picture>
        {image.formats.slice(0, -1).map((f) => (
          <source key={f.format} type={mimeTypes[f.format]} srcSet={srcSet(f.candidates)} sizes={imageSizes} />
        ))}
        <img
          src={src.url}
          srcSet={srcSet(fallback.candidates)}
          sizes={imageSizes}
          width={image.width}
          height={image.height}
          alt={alt}
          title={title}
          loading={eager ? undefined : 'lazy'}
          decoding={eager ? undefined : 'async'}
          fetchPriority={high ? 'high' : undefined}
        />
      </picture>
    </a>
  );
}
