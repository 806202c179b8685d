import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Adds the locale prefix: `/` and unprefixed paths redirect to /zh or /en
// (cookie first, then Accept-Language, zh when unsure).
export default createMiddleware(routing);

export const config = {
  // Pages only: skip Next internals, metadata routes (sitemap, robots, icons,
  // OG images, feeds) and any path with a dot (files).
  matcher: ['/((?!_next|_vercel|api|.*opengraph-image|.*\\..*).*)'],
};
