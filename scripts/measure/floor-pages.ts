// The floor for `npm run audit:lighthouse`: two tiny pages, measured in the same
// run as the site, so that the site's LCP can be read against what any page of
// that size reaches on this machine and Lighthouse's simulated slow 4G.
//   /floor/one-stylesheet: ~5 KB of text (gzip) and one external stylesheet;
//   /floor/inline-css:     the same text with its CSS in a <style>.
// Served gzipped from memory on 127.0.0.1 by Node (never written to out/).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const css = `html{font-family:ui-sans-serif,system-ui,sans-serif;line-height:1.6;color:#111827;background:#fff}
body{margin:0}main{max-width:44rem;margin:0 auto;padding:2.5rem 1rem}
h1{font-size:2.25rem;line-height:1.15;margin:0 0 1rem}h2{font-size:1.5rem;margin:2rem 0 .5rem}p{margin:0 0 1rem}`;

// Our own words about the site's subject, in a seeded pseudo-random order so that
// gzip cannot shrink them below a real page's text: ~4.5 KB transferred.
const words = (
  'platform team Ray storage tracking orchestration runtime data processing training serving laptop cluster ' +
  'Kubernetes KubeRay library workload notebook production prototype GPU batch inference model feature ' +
  'scale compute layer pipeline stage case study Shopify Spotify Instacart Merlin Griffin Hendrix open source'
).split(' ');
let seed = 42;
const nextWord = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length];
const sentence = () => Array.from({ length: 14 }, nextWord).join(' ') + '. ';
const sections = Array.from(
  { length: 6 },
  (_, i) =>
    `<h2>Section ${i + 1}</h2>` + Array.from({ length: 4 }, () => `<p>${Array.from({ length: 4 }, sentence).join('')}</p>`).join(''),
).join('');

const page = (head: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Floor page</title><meta name="description" content="A tiny page to measure the floor against.">${head}</head>` +
  `<body><main><h1>Ray as the compute layer of an ML platform</h1>${sections}</main></body></html>`;

const files: Record<string, { type: string; body: Buffer }> = {
  '/floor/one-stylesheet': { type: 'text/html; charset=utf-8', body: gzipSync(page('<link rel="stylesheet" href="/floor/style.css">')) },
  '/floor/inline-css': { type: 'text/html; charset=utf-8', body: gzipSync(page(`<style>${css}</style>`)) },
  '/floor/style.css': { type: 'text/css; charset=utf-8', body: gzipSync(css) },
};
export const floorPaths = ['/floor/one-stylesheet', '/floor/inline-css'];

export async function startFloorServer() {
  const server = http.createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
