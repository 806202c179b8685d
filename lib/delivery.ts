// How the built site is delivered: the one source of its security headers,
// cache policy and redirects. `npm run build` writes every host's config from
// this module (scripts/build/export/: the nginx config that `npm start` runs, and
// _headers/_redirects for Netlify and Cloudflare Pages), so all hosts send the
// same headers. Nothing reads it at run time: the site is static files.
import { createHash } from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { headScript, localeChoiceScript } from './inline-scripts';
import { adminContentSecurityPolicy, adminPath } from './editor/admin-page';
import { speculationRulesPath, speculationRulesType } from './delivery-navigation';

// After the first page: speculation rules and Markdown on request (lib/delivery-navigation.ts).
export * from './delivery-navigation';
// Paths without a locale: the redirect to the visitor's language (lib/delivery-locales.ts).
export * from './delivery-locales';

/** 'sha256-…' source expression of an inline script, as CSP and browsers compute it (UTF-8). */
export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/** Every inline script a page may contain; the export step fails on any other. */
export const allowedInlineScripts = { headScript, localeChoiceScript };

/**
 * Script files of our own, and the only pages that may load them (as
 * `<script type="module" src>`, or by naming them in data-module for the head
 * script to load after first paint): the export step keeps exactly these and
 * fails on any other script file. The search module (scripts/build/search/build.ts; its
 * name carries a content hash) runs on the search pages and nowhere else.
 */
export const allowedPageScripts: { name: string; pages: PathPattern[]; src: RegExp }[] = [
  { name: 'search module', pages: ['/:locale/search'], src: /^\/assets\/search\/search\.[0-9a-f]{10}\.js$/ },
];

/** Whether the page at `urlPath` may load the module at `src` (allowedPageScripts). */
export const pageMayLoadScript = (urlPath: string, src: string) =>
  allowedPageScripts.some((s) => s.pages.flatMap(expandLocales).includes(urlPath) && s.src.test(src));

/**
 * Content-Security-Policy. script-src allows our own files and the two inline
 * scripts by hash: no 'unsafe-inline', no 'unsafe-eval' (pages carry no
 * framework code or payload). style-src 'self': one stylesheet, no style
 * attributes or <style>. Everything else is same-origin or nothing: the site
 * loads no third-party resource and has no forms that post.
 */
export function contentSecurityPolicy(): string {
  return cspDirectives().join('; ');
}

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">`, which
 * the export step writes into every page (scripts/build/export/finalize.ts):
 * hosts that send no headers (S3, GCS, `npx serve`, the hosting/site/ folder)
 * still get it. A meta tag cannot hold frame-ancestors, report-uri or sandbox
 * (browsers ignore them there); the header keeps them.
 */
export function contentSecurityPolicyMeta(): string {
  return cspDirectives()
    .filter((d) => !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(d))
    .join('; ');
}

function cspDirectives(): string[] {
  const hashes = Object.values(allowedInlineScripts).map(scriptHash);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'none'",
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
  ];
}

/** Sent with every response: pages, files, 404s, redirects and errors. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The browser editor under /admin/ (lib/editor/admin-page.ts), when the build
 * includes it: its own CSP (Sveltia needs inline styles and GitHub's API), a
 * sign-in popup that may talk back to it, never indexed, revalidated on every
 * visit. Every other path keeps the headers above.
 */
export const adminArea = { path: adminPath, cacheControl: 'no-cache' };
export function adminHeaders(): Record<string, string> {
  return {
    ...securityHeaders(),
    'Content-Security-Policy': adminContentSecurityPolicy(),
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

/**
 * A path pattern, as the host configs write it: an exact path ("/robots.txt"),
 * a prefix ending in "/*" ("/og/*"), or a path with ":locale" (one per locale).
 */
export type PathPattern = string;

/** Paths of a pattern with ":locale" expanded: "/:locale/feed.xml" → "/zh/feed.xml", "/en/feed.xml". */
export const expandLocales = (pattern: PathPattern): string[] =>
  pattern.includes(':locale') ? routing.locales.map((l) => pattern.replace(':locale', l)) : [pattern];

export type CacheRule = { name: string; paths: PathPattern[]; cacheControl: string };

/** Cache lifetimes of files, by path. Files that no rule names are pages (pageCacheControl). */
export const cacheRules: CacheRule[] = [
  // File names carry a content hash: a new build writes new names.
  { name: 'hashed build assets', paths: ['/_next/static/*'], cacheControl: 'public, max-age=31536000, immutable' },
  // The search module and indexes: names carry a content hash too (scripts/build/search/build.ts).
  { name: 'search module and indexes', paths: ['/assets/search/*'], cacheControl: 'public, max-age=31536000, immutable' },
  // Converted content images: names carry the source's content hash (scripts/build/images/convert.ts).
  { name: 'converted images', paths: ['/assets/images/*'], cacheControl: 'public, max-age=31536000, immutable' },
  // Link previews fetch these rarely and cache them themselves; a day is plenty.
  { name: 'share images', paths: ['/og/*'], cacheControl: 'public, max-age=86400' },
  {
    name: 'feeds, sitemap, robots.txt and speculation rules',
    paths: ['/:locale/feed.xml', '/sitemap.xml', '/robots.txt', speculationRulesPath],
    cacheControl: 'public, max-age=3600',
  },
  {
    name: 'icons and manifest',
    paths: ['/favicon.ico', '/icon.svg', '/apple-icon.png', '/manifest.webmanifest'],
    cacheControl: 'public, max-age=86400',
  },
];

/**
 * HTML pages: browsers revalidate on every visit (ETag, so usually a 304);
 * a shared cache or CDN may keep a page for 5 minutes.
 */
export const pageCacheControl = 'public, max-age=0, s-maxage=300, must-revalidate';

/** 404s and other errors are never cached as if they were the page. */
export const errorCacheControl = 'no-store';

/** Content types a host could not guess from the file name. */
export const contentTypes: { paths: PathPattern[]; type: string }[] = [
  { paths: ['/:locale/feed.xml'], type: 'application/atom+xml' },
  { paths: ['/manifest.webmanifest'], type: 'application/manifest+json' },
  { paths: [speculationRulesPath], type: speculationRulesType },
];

/**
 * Text files for readers and tools rather than browsers (lib/markdown/): each
 * page's Markdown twin (/zh/deployment.md) and the llms.txt files. The build
 * lists them one by one in every host's config (hosts cannot match "*.md" in
 * all their rule files). Twins and llms-full.txt repeat the pages' text, so
 * they carry `X-Robots-Tag: noindex`: search engines index the HTML page, the
 * one with the canonical link; none of them is in the sitemap.
 */
export const textFileRules: { name: string; match: RegExp; type: string; noindex: boolean }[] = [
  { name: 'Markdown twins of the pages', match: /\.md$/, type: 'text/markdown', noindex: true },
  { name: 'every page of a locale in one file', match: /\/llms-full\.txt$/, type: 'text/plain', noindex: true },
  { name: 'llms.txt', match: /\/llms\.txt$/, type: 'text/plain', noindex: false },
];

/** Rebuilt with the pages, so an hour, like the feeds. */
export const textFileCacheControl = 'public, max-age=3600';

/** Headers of a text file (besides the security headers), by its URL path; undefined for other files. */
export function textFileHeaders(urlPath: string): Record<string, string> | undefined {
  const rule = textFileRules.find((r) => r.match.test(urlPath));
  if (!rule) return undefined;
  return {
    'Content-Type': `${rule.type}; charset=utf-8`,
    'Cache-Control': textFileCacheControl,
    ...(rule.noindex ? { 'X-Robots-Tag': 'noindex' } : {}),
  };
}

/** The 404 page for a path: the locale's own under /zh/ and /en/, else the bilingual one. */
export const notFoundPages = {
  localized: (locale: Locale) => `/${locale}/404.html`,
  bilingual: '/404.html',
};

/** The hosts the README documents, and `generic` for any other (object storage behind a CDN…). */
export const hostNames = ['nginx', 'netlify', 'cloudflare', 'generic'] as const;
export type HostName = (typeof hostNames)[number];

/**
 * What each host does with the site, as the README's host table says and
 * `npm run check:deploy -- --host …` checks. Everything not listed here is the
 * same everywhere: security headers on every response, asset lifetimes, 404
 * pages per locale with status 404, no cookies.
 */
export type HostBehaviour = {
  /** The folder `npm run build` writes for it, to publish as it is. */
  folder: string;
  /** `/` answers a 302 by Accept-Language; else it is the static language-choice page. */
  negotiatesRoot: boolean;
  /** Paths without a locale (`/why-ray`) follow Accept-Language; else they go to the default locale. */
  negotiatesPaths: boolean;
  /** Cache-Control of pages: the policy's, or the host's own default (null: not checked). */
  pageCacheControl: string | null;
  /** Redirects carry the security headers, `Vary` where negotiated, and no-store. */
  redirectHeaders: boolean;
  /** `/404`, `/zh/404` and `/404.html` answer 404, not the 404 page with 200. */
  notFoundUrlsAre404: boolean;
  /** `/zh/deployment.html` redirects to `/zh/deployment` (else: unknown, not checked). */
  htmlUrlsRedirect: boolean;
  /** A page asked with `Accept: text/markdown` answers its twin (wantsMarkdown); else always the HTML. */
  negotiatesMarkdown: boolean;
};

export const hosts: Record<HostName, HostBehaviour> = {
  nginx: {
    folder: 'out',
    negotiatesRoot: true,
    negotiatesPaths: true,
    pageCacheControl,
    redirectHeaders: true,
    notFoundUrlsAre404: true,
    htmlUrlsRedirect: true,
    negotiatesMarkdown: true,
  },
  // Netlify keeps pages on its edge until the next deploy and has browsers revalidate: no s-maxage.
  // Its rule conditions are Language, Country, Role and Cookie, not Accept: no Markdown on request.
  netlify: {
    folder: 'hosting/netlify',
    negotiatesRoot: true,
    negotiatesPaths: true,
    pageCacheControl: null,
    redirectHeaders: true,
    notFoundUrlsAre404: true,
    htmlUrlsRedirect: true,
    negotiatesMarkdown: false,
  },
  // Cloudflare Pages: no conditions on request headers at all (so neither language nor Markdown
  // negotiation), no 404 rules, and no headers on its redirects.
  cloudflare: {
    folder: 'hosting/cloudflare',
    negotiatesRoot: false,
    negotiatesPaths: false,
    pageCacheControl: null,
    redirectHeaders: false,
    notFoundUrlsAre404: false,
    htmlUrlsRedirect: true,
    negotiatesMarkdown: false,
  },
  // Any other static host (object storage behind a CDN…): the clean folder, and only what every host does.
  generic: {
    folder: 'hosting/site',
    negotiatesRoot: false,
    negotiatesPaths: false,
    pageCacheControl: null,
    redirectHeaders: false,
    notFoundUrlsAre404: false,
    htmlUrlsRedirect: false,
    negotiatesMarkdown: false,
  },
};
