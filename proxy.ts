import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Adds the locale prefix: `/` and unprefixed paths redirect to /zh or /en
// (cookie first, then Accept-Language, zh when unsure).
const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // Malformed percent-encoding (`/en/%`, `/zh/%E0%A4%A`) would make Next's
  // router throw and answer 500 (vercel/next.js#94278): answer 400 here.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new Response('Bad Request', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Files and Next internals reach the proxy only for that check (second matcher).
  if (!pagePath.test(request.nextUrl.pathname)) return NextResponse.next();
  return intl(request);
}

// Pages only: skip Next internals, metadata routes (sitemap, robots, icons,
// OG images, feeds) and any path with a dot (files).
const pagePath = /^\/(?!_next|_vercel|api|.*opengraph-image|.*\..*)/;

export const config = {
  // Pages (as pagePath), plus any path with a percent sign, for the check above.
  matcher: ['/((?!_next|_vercel|api|.*opengraph-image|.*\\..*).*)', '/(.*%.*)'],
};
