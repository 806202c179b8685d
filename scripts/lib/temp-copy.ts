// A throwaway copy of the repository for tests that build it (the authoring
// and export tests): in the git-ignored tmp/ folder, without build output or
// package-lock.json, with node_modules symlinked. (Turbopack only compiles
// files inside its root, which it finds by the nearest lockfile, so the
// repository's own lockfile would make the symlinked node_modules part of the
// root.) The repository itself is never touched.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set([
  'node_modules',
  '.git',
  '.next',
  '.contentlayer',
  '.cache',
  'tmp',
  'test-results',
  'reports',
  'coverage',
  'out',
  'hosting',
  'package-lock.json',
  'tsconfig.tsbuildinfo',
]);
const { NODE_ENV: _nodeEnv, ...inherited } = process.env;
export const env: NodeJS.ProcessEnv = { ...(inherited as NodeJS.ProcessEnv), NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/** A fresh copy; `remove()` deletes it. */
export function tempCopy(prefix: string) {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'tmp', `${prefix}-`));
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command to completion (with `extraEnv` on top of the environment); its output, stdout and stderr together. */
export function sh(cwd: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** The same as sh(), without blocking the caller (a Playwright worker waiting out a build). */
export function shAsync(cwd: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<{ status: number | null; out: string }>((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out }));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
