import { notFound } from 'next/navigation';
import { renderOgImage } from '@/lib/og/image';
import { ogImages, ogImagePath } from '@/lib/og/images';
import { ogPageInfo } from '@/lib/og/page-info';

// Share images of every page, one PNG each, written at build:
// /og/zh.png for /zh, /og/en/case-studies/spotify.png for /en/case-studies/spotify.
// One route for all of them, under one folder, so that any host serves them
// as image/png (by their extension) and one cache rule covers them all.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return ogImages().map(({ locale, route }) => ({ image: ogImagePath(locale, route).split('/').slice(2) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string[] }> }) {
  const wanted = '/og/' + (await params).image.join('/');
  const match = ogImages().find(({ locale, route }) => ogImagePath(locale, route) === wanted);
  const page = match && (await ogPageInfo(match.locale, match.route));
  if (!page) notFound();
  return renderOgImage(page);
}
