// `npm start` and `npm run dev` stop everything they started when their own
// process (npm's) gets SIGTERM or SIGINT, as from `kill <pid>` or a process
// manager, not only on Ctrl-C (which signals the whole process group): no
// process of theirs is left and their ports no longer answer.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { test, expect } from '@playwright/test';
import { freePort, root, tempCopy } from '../../scripts/lib/temp-copy';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `pid` and every process below it (Linux /proc). */
function tree(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …: the comm may hold spaces, so read after the last ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [child, ppid] of parent) if (ppid === out[i]) out.push(child);
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); // a zombie has exited
  } catch {
    return false;
  }
};

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

async function untilTrue(what: string, ok: () => boolean | Promise<boolean>, ms: number) {
  for (const start = Date.now(); Date.now() - start < ms; await sleep(200)) if (await ok()) return;
  throw new Error(`${what}: not within ${ms / 1000} s`);
}

/** Signals npm's process alone; then every process it started must be gone and every port closed. */
async function stopsCleanly(npm: ChildProcess, signal: 'SIGTERM' | 'SIGINT', ports: number[]) {
  const pids = tree(npm.pid!);
  expect(pids.length, 'npm, the command and what it started').toBeGreaterThan(2);
  npm.kill(signal);
  try {
    await untilTrue('every process gone', () => pids.every((p) => !alive(p)), 30_000);
  } finally {
    for (const p of pids.filter(alive)) process.kill(p, 'SIGKILL');
  }
  for (const port of ports) expect(await answers(port), `port ${port} after ${signal}`).toBe(false);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`npm start stops nginx on ${signal}`, async () => {
    test.setTimeout(90_000);
    const port = await freePort();
    const npm = spawn('npm', ['start'], { cwd: root, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
    await untilTrue('npm start answers', () => answers(port), 30_000);
    expect(tree(npm.pid!).some((p) => /nginx/.test(fs.readFileSync(`/proc/${p}/cmdline`, 'utf8')))).toBe(true);
    await stopsCleanly(npm, signal, [port]);
  });
}

test('npm run dev stops the proxy, next dev and Contentlayer on SIGTERM and SIGINT', async () => {
  test.setTimeout(6 * 60_000);
  const copy = tempCopy('stop-signals');
  try {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const port = await freePort();
      let output = '';
      const npm = spawn('npm', ['run', 'dev'], {
        cwd: copy.dir,
        env: { ...process.env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      npm.stdout!.on('data', (c) => (output += c));
      npm.stderr!.on('data', (c) => (output += c));
      await untilTrue('next dev ready', () => /Ready in/.test(output), 150_000).catch((e) => {
        throw new Error(`${e.message}\n${output}`);
      });
      const nextPort = Number(/next dev runs behind it on port (\d+)/.exec(output)?.[1]);
      expect(await answers(port)).toBe(true);
      expect(await answers(nextPort)).toBe(true);
      const commands = tree(npm.pid!).map((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8'));
      expect(
        commands.some((c) => c.includes('contentlayer2')),
        'contentlayer dev runs',
      ).toBe(true);
      await stopsCleanly(npm, signal, [port, nextPort]);
    }
  } finally {
    copy.remove();
  }
});
