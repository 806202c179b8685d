// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Content-Security-Policy for a fully static site.
 * - script-src needs 'unsafe-inline': Next inlines the RSC payload
 *   (self.__next_f.push(...)) into every page, and our theme script runs inline
 *   in <head>. Nonces would need a per-request value, which makes every page
 *   dynamic. Hashes: once one is listed, browsers ignore 'unsafe-inline', so
 *   every RSC payload script (different per page and per build) would need its
 *   own hash in a per-page header, which headers() here cannot know.
 *   No 'unsafe-eval': production React and Next don't need it.
 * - style-src 'self': our CSS is one external file; the pages carry no style
 *   attribute or <style> element (React and Next's route announcer set styles
 *   through the CSSOM, which CSP doesn't restrict). The e2e CSP test fails if
 *   one appears.
 * - Everything else is same-origin: we load no third-party resources.
 */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response: pages, assets, 404s and the proxy's redirects. */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // NEXT_DIST_DIR lets several builds coexist in one checkout (e.g. a test's temporary build).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
