// nginx for the built site (out/) with the project's own config
// (hosting/nginx/site.conf, written by `npm run build`): `npm start`
// (scripts/serve/serve.ts), the tests and the benchmarks.
//
// nginx runs as an ordinary process with its pid file, logs and temporary
// files in a folder of its own (.cache/nginx/<port>/), apart from
// any system nginx. Missing nginx is installed with apt when this runs as root
// on Debian; otherwise the command to run is printed.
//
// startNginx({ port, host }) → { url, stop } (`bare: true` serves out/ with nginx's defaults only;
// `site`: another site config in place of hosting/nginx/site.conf, for the benchmarks' variants).
// Requests are logged to .cache/nginx/<port>/access.log (ACCESS_LOG: another file, or "off").
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildCachePath } from '@/lib/build-cache';
import { accessLogFormatName } from '@/lib/access-log';
import { root } from '../lib/root';

const outDir = path.join(root, 'out');
const siteConf = path.join(root, 'hosting', 'nginx', 'site.conf');
/** The access log's map and format (lib/access-log.ts), for the http block. */
const logFormatConf = path.join(root, 'hosting', 'nginx', 'access-log.conf');
const APT_PACKAGES = ['nginx-light', 'libnginx-mod-http-brotli-static'];
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function findNginx() {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    const file = path.join(dir, 'nginx');
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

/** nginx's path, installing it with apt when possible. */
export function ensureNginx() {
  const found = findNginx();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    throw new Error(`nginx is not installed. Install it, then run npm start again:\n  sudo apt-get install ${APT_PACKAGES.join(' ')}`);
  }
  console.log(`[start] nginx is not installed: installing ${APT_PACKAGES.join(', ')} with apt…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${r.status}).`);
  }
  // Debian starts the system service on install; this site runs its own nginx.
  spawnSync('sh', ['-c', 'service nginx stop || systemctl stop nginx'], { stdio: 'ignore' });
  const installed = findNginx();
  if (!installed) throw new Error('apt installed nginx, but it is not on PATH.');
  return installed;
}

/**
 * The whole config: process settings, and one server that includes the site's
 * rules (`bare`: none of them, nginx's defaults only; for the benchmark).
 */
type ConfigOptions = { dir: string; port: number; host: string; bare?: boolean; site?: string; accessLog: string };

function mainConfig({ dir, port, host, bare = false, site = siteConf, accessLog }: ConfigOptions) {
  const brotli = fs.existsSync(BROTLI_MODULE);
  // As root, workers would switch to "nobody"; keep the invoking user so they can read out/.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const ipv6 = Object.values(os.networkInterfaces())
    .flat()
    .some((i) => i?.family === 'IPv6');
  const listen = host
    ? [`listen ${host.includes(':') ? `[${host}]` : host}:${port};`]
    : [`listen ${port};`, ...(ipv6 ? [`listen [::]:${port};`] : [])];
  return `# Written by scripts/serve/nginx.ts for npm start; the site's rules are in ${siteConf}.
${brotli ? `load_module ${BROTLI_MODULE};` : '# (no brotli module: install libnginx-mod-http-brotli-static for .br responses)'}
${user}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  # At the http level, so that every server hides the version (the README's TLS example does the same).
  server_tokens off;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  # A missing file is a 404 for the visitor, not a server error: don't log it (other errors still reach stderr).
  log_not_found off;
  include ${logFormatConf};
  # The privacy format of lib/access-log.ts (masked addresses, no cookies): npm run report:traffic reads it.
  access_log ${accessLog === 'off' ? 'off' : `${accessLog} ${accessLogFormatName}`};
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    ${listen.join('\n    ')}
    root ${outDir};
    ${bare ? '# bare: nginx defaults, no site rules' : `${brotli ? 'brotli_static on;' : ''}\n    include ${site};`}
  }
}
`;
}

/**
 * Starts nginx on the built site. Resolves once it answers; `stop()` ends it.
 * `foreground`: nginx's output goes to this terminal. `captureStderr`: nginx's
 * error log is kept in `stderr()` instead of printed (tests assert on it).
 */
export async function startNginx({
  port = 3000,
  host = '',
  foreground = false,
  bare = false,
  captureStderr = false,
  site,
}: { port?: number; host?: string; foreground?: boolean; bare?: boolean; captureStderr?: boolean; site?: string } = {}) {
  if (!fs.existsSync(path.join(outDir, 'index.html')) || !fs.existsSync(siteConf) || !fs.existsSync(logFormatConf)) {
    throw new Error('No build to serve: run `npm run build` first (it writes out/ and hosting/nginx/site.conf).');
  }
  const nginx = ensureNginx();
  const dir = buildCachePath(root, 'nginx', String(port));
  fs.mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'nginx.conf');
  // ACCESS_LOG: another file, or "off"; by default the log is kept beside the config.
  const accessLog = process.env.ACCESS_LOG || path.join(dir, 'access.log');
  fs.writeFileSync(conf, mainConfig({ dir, port, host, bare, site, accessLog }));
  const test = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', conf, '-e', 'stderr'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the config:\n${test.stderr}`);

  const child = spawn(nginx, ['-p', dir, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: foreground ? 'inherit' : ['ignore', 'ignore', captureStderr ? 'pipe' : 'inherit'],
  });
  let errorLog = '';
  child.stderr?.on('data', (chunk) => (errorLog += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  const url = `http://${!host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT'); // graceful: finish open requests
    return exited;
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (code ${child.exitCode}); is port ${port} taken?`);
    try {
      await (await fetch(`${url}/index.html`, { redirect: 'manual' })).arrayBuffer();
      break;
    } catch {
      if (i > 100) {
        await stop();
        throw new Error('nginx did not answer within 10 s');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, stop, exited, child, stderr: () => errorLog, accessLog };
}
