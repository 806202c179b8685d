// A plain static file server (node:http + fs), the reference for
// `npm run bench:load`: serves the files of a directory, each file at the URL
// path it was saved under (see bench-load.mjs), with keep-alive, from memory.
// Usage: node scripts/lib/static-server.mjs DIR PORT   (listens on 127.0.0.1)
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, port] = process.argv.slice(2);
const files = new Map();
for (const name of readdirSync(dir)) {
  // File names are URL paths with '/' written as '__' (e.g. en__why-ray.html).
  const urlPath = '/' + name.replace(/\.html$/, '').replace(/__/g, '/');
  files.set(urlPath, readFileSync(path.join(dir, name)));
}

const server = http.createServer((req, res) => {
  const body = files.get((req.url ?? '/').split('?')[0]);
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.keepAliveTimeout = 5000;
server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
