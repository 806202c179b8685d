// `npm start`: serves the built site (out/) with nginx in the foreground:
// Ctrl-C stops it. PORT (default 3000) and HOST (default: every local
// address) choose where it listens (scripts/serve/nginx.ts).
import { startNginx } from './nginx';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '';
try {
  const server = await startNginx({ port, host, foreground: true });
  const shown = host && host !== '0.0.0.0' && host !== '::' ? server.url : `http://localhost:${port}`;
  console.log(`Serving out/ with nginx at ${shown} (Ctrl-C stops it). Access log: ${server.accessLog}`);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.stop());
  process.exit(Number(await server.exited));
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
}
