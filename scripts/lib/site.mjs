// Shared helpers for the audit and benchmark scripts (scripts/audit-*.mjs,
// scripts/bench-*.mjs): the list of pages, a production server, Chromium.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export const chromiumPath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags Debian's Chromium needs here (root, no GPU, no network chatter). */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Every page of the site: the prerendered HTML pages of the last build
 * (`.next/prerender-manifest.json`), i.e. /zh/… and /en/…, zh first, shallow first.
 */
export function pagePaths() {
  const manifest = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'prerender-manifest.json');
  if (!existsSync(manifest)) throw new Error('No production build: run `npm run build` first.');
  const routes = JSON.parse(readFileSync(manifest, 'utf8')).routes;
  // Pages have an RSC payload (dataRoute); OG images, feeds and other route handlers don't.
  const pages = Object.keys(routes).filter((r) => /^\/(zh|en)(\/|$)/.test(r) && routes[r].dataRoute);
  const order = (p) => [p.split('/')[1] === 'zh' ? 0 : 1, p.split('/').length, p];
  return pages.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
  });
}

/**
 * The site's server: BASE_URL when set (a server you run yourself), else
 * `next start` on 127.0.0.1:PORT (default `port`), stopped by stop().
 */
export async function startServer({ port = 3300 } = {}) {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  port = Number(process.env.PORT ?? port);
  const url = `http://127.0.0.1:${port}`;
  if (await isUp(url)) throw new Error(`Port ${port} is taken: stop that server, or set BASE_URL=${url} to use it.`);
  pagePaths(); // fails early without a build
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // own process group: stop() ends next-server too
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await new Promise((r) => child.once('exit', r));
  };
  process.once('exit', () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, async () => { await stop(); process.exit(130); });
  const deadline = Date.now() + 60_000;
  while (!(await isUp(url))) {
    if (child.exitCode !== null) throw new Error('next start exited early');
    if (Date.now() > deadline) { await stop(); throw new Error('next start did not come up in 60 s'); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}

async function isUp(url) {
  try {
    const res = await fetch(`${url}/en`, { redirect: 'manual' });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Left-aligned text table. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
