// The step after `next build` (npm's postbuild): turns Next's static export
// in out/ into the site as it is served. In order:
//   1. fail if any page renders a client component (it would need React);
//   2. strip Next's runtime from every page: scripts, preloads, RSC payload;
//      write the CSP into each as a <meta http-equiv> too (hosts without headers);
//   3. remove what only that runtime used: payload files, unused chunks;
//      then write each page's Markdown twin and the llms.txt files (./markdown.ts),
//      and the speculation rules' file;
//   4. write the host configs from lib/delivery.ts: the nginx config into
//      hosting/nginx/; the static hosts' folders, each the site and its own
//      _headers/_redirects (hosting/netlify/, hosting/cloudflare/, hosting/site/);
//   5. write gzip and brotli copies of every text file in out/ (nginx's folder).
// Anything unexpected fails the build with the page and what was found.
import fs from 'node:fs';
import path from 'node:path';
import { symlinkMessage } from '@/lib/content-safety/files';
import {
  allowedInlineScripts,
  pageMayLoadScript,
  scriptHash,
  speculationRules,
  speculationRulesPath,
  unprefixedSections,
} from '@/lib/delivery';
import { routing } from '@/i18n/routing';
import { nginxLogFormatConfig } from '@/lib/access-log';
import { clientComponentsIn, clientModuleSources } from './client-components';
import { addCspMeta, stripFramework } from './strip-framework';
import { pruneExport, walk } from './prune';
import { precompress } from './precompress';
import { nginxSiteConfig } from './nginx-config';
import { writeHostFolders } from './host-folders';
import { writeMarkdownFiles } from './markdown';
import { writeAdmin } from './admin';
import { editorEnabled } from '@/lib/editor/admin-page';

export class ExportError extends Error {}

type Options = { root: string; outDir?: string; nextDir?: string; editor?: boolean };

/** URL path of an exported HTML file: out/zh/case-studies/spotify.html → /zh/case-studies/spotify. */
export function urlPathOf(outDir: string, file: string): string {
  const rel = path
    .relative(outDir, file)
    .split(path.sep)
    .join('/')
    .replace(/\.html$/, '');
  return rel === 'index' ? '/' : `/${rel}`;
}

/** Step 1: every page with a client component, with the component's source and export. */
function findClientComponents(outDir: string, nextDir: string, pages: string[]): string[] {
  const sources = clientModuleSources(nextDir);
  const found: string[] = [];
  for (const page of pages) {
    const payload = page.replace(/\.html$/, '.txt');
    if (!fs.existsSync(payload)) continue;
    for (const c of clientComponentsIn(fs.readFileSync(payload, 'utf8'), sources)) {
      const name = c.exportName.startsWith('$') ? '' : ` (export ${c.exportName})`;
      found.push(`${urlPathOf(outDir, page)}: ${c.module}${name}`);
    }
  }
  return found;
}

/** Step 2: the pages without Next's runtime; returns the number of tags removed. */
function stripPages(outDir: string, pages: string[]): number {
  const allowed = new Set(Object.values(allowedInlineScripts).map(scriptHash));
  const problems: string[] = [];
  let removed = 0;
  for (const page of pages) {
    const urlPath = urlPathOf(outDir, page);
    const result = stripFramework(fs.readFileSync(page, 'utf8'), allowed, (src) => pageMayLoadScript(urlPath, src));
    problems.push(...result.problems.map((p) => `${urlPath}: ${p}`));
    removed += result.removed;
    const withMeta = addCspMeta(result.html);
    if (!withMeta) problems.push(`${urlPath}: no <head> to write the CSP <meta> into`);
    fs.writeFileSync(page, withMeta ?? result.html);
  }
  if (problems.length) {
    throw new ExportError(
      `Static export: ${problems.length} problem(s) in the pages' scripts:\n  ${problems.join('\n  ')}\n` +
        'Every inline script must be listed in allowedInlineScripts (lib/delivery.ts), so that the CSP allows it by hash; ' +
        'a script file of ours, with the pages that load it, in allowedPageScripts.',
    );
  }
  return removed;
}

/** Routes without locale of the built pages (404 pages left out): "/", "/case-studies/spotify", … */
function builtRoutes(outDir: string, pages: string[]): string[] {
  const routes = new Set<string>();
  for (const page of pages) {
    const [, locale, ...rest] = urlPathOf(outDir, page).split('/');
    if (!(routing.locales as readonly string[]).includes(locale) || rest.join('/') === '404') continue;
    routes.add('/' + rest.join('/'));
  }
  return [...routes].sort();
}

export function finalizeExport({
  root,
  outDir = path.join(root, 'out'),
  nextDir = path.join(root, '.next'),
  editor = editorEnabled(),
}: Options) {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new ExportError(`No static export in ${outDir}: run \`next build\` first.`);
  // An earlier build's editor is not a page (written again below).
  fs.rmSync(path.join(outDir, 'admin'), { recursive: true, force: true });
  // _not-found.html is Next's second copy of 404.html; pruneExport deletes it.
  const pages = walk(outDir).filter((f) => f.endsWith('.html') && !path.basename(f).startsWith('_not-found'));

  // Again after next build (the image step checked before it): no link in the sources nor in what is published.
  const links = symlinkMessage(root, ['content', 'public', path.relative(root, outDir)]);
  if (links) throw new ExportError(`Static export: ${links}`);
  const clientComponents = findClientComponents(outDir, nextDir, pages);
  if (clientComponents.length) {
    throw new ExportError(
      `Static export: ${clientComponents.length} client component(s) found. Pages ship no React, so these would not work:\n  ` +
        `${clientComponents.join('\n  ')}\n` +
        "Render them on the server (remove 'use client'), or write the interactive part as a small vanilla script loaded on that page only.",
    );
  }
  const removedTags = stripPages(outDir, pages);
  const pruned = pruneExport(outDir);
  const markdown = writeMarkdownFiles(outDir);
  // The rules every page's Speculation-Rules header names (lib/delivery-navigation.ts).
  fs.writeFileSync(path.join(outDir, speculationRulesPath.slice(1)), JSON.stringify(speculationRules(), null, 2) + '\n');

  // After the pages' steps: the editor is in no sitemap, search index, feed, twin or llms.txt.
  const admin = editor ? writeAdmin(root, outDir) : undefined;

  const sections = unprefixedSections(builtRoutes(outDir, pages));
  // Files of an earlier build's layout, when out/ is finalized again.
  for (const old of ['_headers', '_redirects']) fs.rmSync(path.join(outDir, old), { force: true });
  const pageUrls = pages.map((p) => urlPathOf(outDir, p)).filter((u) => !/(^|\/)404$/.test(u));
  const hostFiles = writeHostFolders(root, outDir, { sections, pages: pageUrls, textFiles: markdown.files, admin: Boolean(admin) });
  fs.mkdirSync(path.join(root, 'hosting', 'nginx'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'hosting', 'nginx', 'site.conf'),
    nginxSiteConfig({ sections, textFiles: markdown.files, admin: Boolean(admin) }),
  );
  fs.writeFileSync(path.join(root, 'hosting', 'nginx', 'access-log.conf'), nginxLogFormatConfig());

  const compressed = precompress(outDir);
  return { pages: pages.length, removedTags, pruned, markdown, compressed, sections, hostFiles, admin };
}
