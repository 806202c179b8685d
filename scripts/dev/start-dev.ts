// `npm run dev` in a temporary copy (scripts/lib/temp-copy.ts), for the dev-preview test
// and scripts/measure/bench-preview.ts: start it on a free port, load pages until
// they show something, stop it and everything it started.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { env, freePort } from '../lib/temp-copy';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Page = { status: number; html: string };
export type DevServer = Awaited<ReturnType<typeof startDev>>;

export async function startDev(dir: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  /** The output so far, without next dev's request lines. */
  const log = () =>
    output
      .split('\n')
      .filter((l) => !/^\s*GET /.test(l))
      .join('\n');

  async function get(p: string): Promise<Page> {
    const res = await fetch(base + p);
    // As a reader sees it: without the line-break hints in the banner's paths and React's markers between two texts.
    return { status: res.status, html: (await res.text()).replace(/<wbr\/>|<!-- -->/g, '') };
  }
  /** Loads `p` until `ok(html)`; the page and the milliseconds since `since`. Throws after `timeoutMs`. */
  async function until(p: string, ok: (html: string) => boolean, what: string, since = Date.now(), timeoutMs = 120_000) {
    let last: Page | undefined;
    while (Date.now() - since < timeoutMs) {
      last = await get(p);
      if (ok(last.html)) return { ...last, ms: Date.now() - since };
      await sleep(100);
    }
    const shown = (re: RegExp) => re.exec(last?.html ?? '')?.[1].replace(/<[^>]+>/g, '') ?? '(none)';
    const page = `status ${last?.status}, h1 "${shown(/<h1[^>]*>([\s\S]*?)<\/h1>/)}", first problem "${shown(/<dd[^>]*>([\s\S]*?)<\/dd>/)}"`;
    throw new Error(
      `${p}: ${what}, not within ${timeoutMs / 1000} s (${page}).\n--- dev output ---\n${log().split('\n').slice(-60).join('\n')}`,
    );
  }
  /** Stops it (it stops its tools on SIGTERM); the processes still running after 20 s, killed. */
  async function stop() {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    for (let i = 0; i < 80 && processesIn(dir).length; i++) await sleep(250);
    const left = processesIn(dir);
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    return left;
  }

  for (let i = 0; !/Ready in/.test(output); i++) {
    if (i > 600 || child.exitCode !== null) {
      await stop();
      throw new Error(`npm run dev did not start:\n${output}`);
    }
    await sleep(250);
  }
  return { base, output: () => output, log, get, until, stop };
}

/** Processes whose working directory is inside `dir` (Linux /proc). */
function processesIn(dir: string) {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = fs.readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === dir || cwd.startsWith(dir + path.sep)) pids.push(Number(entry));
    } catch {
      // exited, or not ours to read
    }
  }
  return pids;
}
