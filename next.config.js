// @ts-check
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * The site is a static export (out/): every page is rendered at build, and
 * `npm run build` then strips Next's runtime from the HTML
 * (scripts/build/export/finalize.ts). Headers, redirects and 404 handling are the
 * host's job: lib/delivery.ts defines them once, and the build writes the
 * nginx config and _headers/_redirects from it (`headers()` and `redirects()`
 * here do not apply to an export).
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  poweredByHeader: false,
  reactStrictMode: true,
};

/**
 * `npm run dev` is not an export: with `output: 'export'`, next dev answers a
 * URL that generateStaticParams() does not list (a mistyped slug) with a 500
 * error instead of a 404 (scripts/dev/not-found-proxy.ts then shows the locale's 404 page).
 * @param {string} phase
 */
const config = (phase) => withNextIntl(phase === PHASE_DEVELOPMENT_SERVER ? { ...nextConfig, output: undefined } : nextConfig);

export default config;
