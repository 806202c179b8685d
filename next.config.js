// @ts-check
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

export default withNextIntl(nextConfig);
