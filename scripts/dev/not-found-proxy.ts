// `npm run dev` answers a missing page as the exported site's host does: with
// status 404 and the locale's own 404 page under /zh/ and /en/ (the bilingual
// one elsewhere, which is what next dev already renders). next dev alone shows
// its root not-found page for an unknown slug or a path under a page, so this
// small proxy sits in front of it (scripts/dev/dev.ts starts it on PORT, next dev
// on an internal port) and swaps the body of such a 404 for the locale's page.
// Everything else, the live-reload websocket included, passes through unchanged.
import http from 'node:http';
import net from 'node:net';
import { routing } from '@/i18n/routing';
import { notFoundPages } from '@/lib/delivery';

/** The locale whose 404 page answers a missing `url` (the host's rule), or undefined for the bilingual page. */
export function notFoundLocale(url: string): string | undefined {
  const first = url.split(/[?#]/)[0].split('/')[1];
  return routing.locales.find((locale) => locale === first);
}

/** The dev server's path of the locale's 404 page (the export writes it as /{locale}/404.html). */
export const notFoundPath = (locale: string) => notFoundPages.localized(locale as (typeof routing.locales)[number]).replace(/\.html$/, '');

/** Listens on `port` and forwards to next dev on 127.0.0.1:`target`. */
export function startNotFoundProxy({ port, target }: { port: number; target: number }): Promise<http.Server> {
  const upstream = (req: http.IncomingMessage, path: string, onResponse: (res: http.IncomingMessage) => void) =>
    http.request({ host: '127.0.0.1', port: target, method: req.method, path, headers: req.headers }, onResponse);

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const fail = (error: Error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The preview is starting (next dev: ${error.message}). Reload in a moment.\n`);
    };
    const forward = upstream(req, url, (answer) => {
      const locale = answer.statusCode === 404 && (req.method === 'GET' || req.method === 'HEAD') ? notFoundLocale(url) : undefined;
      if (!locale) {
        // The 404 page's own URL is a 404 on the host too.
        const own = routing.locales.some((l) => url.split(/[?#]/)[0] === notFoundPath(l));
        res.writeHead(own ? 404 : (answer.statusCode ?? 502), answer.headers);
        answer.pipe(res);
        return;
      }
      answer.resume(); // next dev's own 404 body is not used
      const page = upstream(req, notFoundPath(locale), (localized) => {
        res.writeHead(404, localized.headers);
        localized.pipe(res);
      });
      page.on('error', fail);
      page.end();
    });
    forward.on('error', fail);
    req.pipe(forward);
  });

  // The live-reload websocket (and any other upgrade): a raw two-way pipe.
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const next = net.connect(target, '127.0.0.1', () => {
      const headers = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      next.write(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n${headers.join('\r\n')}\r\n\r\n`);
      next.write(head);
      socket.pipe(next).pipe(socket);
    });
    next.on('error', () => socket.destroy());
    socket.on('error', () => next.destroy());
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
