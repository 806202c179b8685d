// Shared helpers for the scripts that measure the build or drive Chromium
// (audits, bench:load, search figures, screenshots, icons): the list of pages,
// the production server, Chromium.
import { existsSync, readdirSync } from 'node:fs';
import { routing, type Locale } from '../../i18n/routing';
import { root } from '../lib/root';
import { startNginx } from '../serve/nginx';
import path from 'node:path';

export { root };
export { chromium, chromiumFlags, chromiumPath } from '../lib/chromium';
export { byteBudget } from './budgets';

/** The site's locales, default first: the one list in i18n/routing.ts. */
export async function siteLocales() {
  return [...routing.locales];
}

/**
 * Every page of the site: the HTML pages of the last build (out/{locale}/…),
 * i.e. /zh/… and /en/…, in the order of the locales, shallow first; 404 pages
 * left out.
 */
export async function pagePaths() {
  const out = path.join(root, 'out');
  if (!existsSync(path.join(out, 'index.html'))) throw new Error('No production build: run `npm run build` first.');
  const locales = await siteLocales();
  const pages: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}/${e.name}`);
      else if (e.name.endsWith('.html') && e.name !== '404.html') pages.push(`${prefix}/${e.name.slice(0, -'.html'.length)}`);
    }
  };
  for (const locale of locales) {
    pages.push(`/${locale}`);
    walk(path.join(out, locale), `/${locale}`);
  }
  const order = (p: string) => [locales.indexOf(p.split('/')[1] as Locale), p.split('/').length, p] as const;
  return pages.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
  });
}

/**
 * The site's server: BASE_URL when set (a server you run yourself, or a
 * deployment), else `npm start`'s nginx on 127.0.0.1:PORT (default `port`),
 * stopped by stop().
 */
export async function startServer({ port = 3300 } = {}) {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  await pagePaths(); // fails early without a build
  const server = await startNginx({ port: Number(process.env.PORT ?? port), host: '127.0.0.1' });
  process.once('exit', () => server.child.kill('SIGKILL'));
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, async () => {
      await server.stop();
      process.exit(130);
    });
  return { url: server.url, stop: server.stop };
}

/** Left-aligned text table. */
export function table(header: string[], rows: unknown[][]) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
