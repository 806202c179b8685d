// `npm run dev`: live preview for authors. Contentlayer watches content/ and
// regenerates; Next's dev server picks the change up without a restart.
// (Contentlayer's Next plugin only hooks webpack, so under Turbopack the two run side by side.)
//
// Edits to existing pages and to messages/*.json show up on the next reload.
// A page that is added or removed is different: Next's dev server keeps the
// list of case-study and pillar slugs it computed first (those routes set
// dynamicParams = false), and a plain restart of next dev alone still served
// the old list. So when the set of content files changes, this script
// restarts both tools, in order (it says so; the next page load compiles
// again, which takes a little longer).
//
// Order matters: Contentlayer rewrites every generated file on each run, and
// Turbopack can keep stale data if it reads them mid-rewrite. So next dev
// starts only once Contentlayer has finished and been quiet for a moment.
//
// Each tool runs from node_modules/.bin in its own process group, so that
// stopping this script (Ctrl-C, or a plain kill) stops both of them and
// everything they started, and one of them exiting stops the other.
//
// Beside them, this script runs the content check on every save under
// content/ and messages/ (scripts/dev/check-on-save.ts), prints the result
// and writes it to a file that next dev is told of (CONTENT_PROBLEMS_FILE):
// the preview shows the problems on its pages (lib/preview-problems.ts).
//
// In front of next dev, on PORT, a small proxy (scripts/dev/not-found-proxy.ts)
// answers missing pages like the host: status 404 with the locale's 404 page.
// next dev itself listens on an internal port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCachePath } from '@/lib/build-cache';
import { freePort } from '../lib/temp-copy';
import { startCheckOnSave } from './check-on-save';
import { startNotFoundProxy } from './not-found-proxy';
import { writeAdmin } from '../build/export/admin';
import { editorEnabled } from '@/lib/editor/admin-page';

// One file per run, in the build cache (lib/build-cache.ts).
const problemsFile = buildCachePath(process.cwd(), 'preview', `problems-${process.pid}.json`);
// CONTENT_SAFETY=show: a page that holds code is shown as its findings, not compiled, and the others still
// generate (lib/content-safety/remark-content-safety.ts); a build refuses it.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_PROBLEMS_FILE: problemsFile, CONTENT_SAFETY: 'show' };
const port = process.env.PORT ?? '3000';

// The browser editor beside the preview, on this working copy: next dev serves
// public/admin/ (git ignores it) at /admin/index.html (content/guide/edit-in-browser.md).
if (editorEnabled()) writeAdmin(process.cwd(), path.join(process.cwd(), 'public'));
const contentDir = path.resolve('content');
const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let stopping = false;
let restarting = false;
let lastGenerated = 0;
let contentlayer: ChildProcess | undefined;
let next: ChildProcess | undefined;

function startContentlayer() {
  const child = spawn(bin('contentlayer2'), ['dev'], { stdio: ['ignore', 'pipe', 'inherit'], env, detached: true });
  // Its output is passed through, and "Generated N documents" noted.
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (/Generated \d+ documents/.test(String(chunk))) lastGenerated = Date.now();
  });
  child.on('exit', (code) => {
    if (!restarting) stop(code ?? 0);
  });
  return child;
}

function startNext() {
  const child = spawn(bin('next'), ['dev', '-H', '127.0.0.1', '-p', String(nextPort)], { stdio: 'inherit', env, detached: true });
  child.on('exit', (code) => {
    if (!restarting) stop(code ?? 0);
  });
  return child;
}

/** Until Contentlayer has generated after `since` and then printed nothing for `quietMs` (at most ~30 s). */
async function contentlayerSettled(since: number, quietMs = 1500) {
  for (let i = 0; i < 120 && !stopping; i++) {
    if (lastGenerated > since && Date.now() - lastGenerated >= quietMs) return;
    await sleep(250);
  }
}

/** A run stopped mid-write can leave empty files behind (e.g. .contentlayer/package.json); start clean then. */
function repairGenerated() {
  const dir = path.resolve('.contentlayer');
  for (const file of ['package.json', 'generated/index.mjs']) {
    const target = path.join(dir, file);
    if (!fs.existsSync(target)) continue;
    const text = fs.readFileSync(target, 'utf8');
    let broken = text.trim() === '';
    if (!broken && file.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch {
        broken = true;
      }
    }
    if (broken) {
      console.log('[dev] .contentlayer was left half-written by an earlier run: regenerating it.');
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    }
  }
}

async function startAll() {
  repairGenerated();
  const since = Date.now();
  contentlayer = startContentlayer();
  await contentlayerSettled(since);
  await checkOnSave; // so that the first page already shows the problems
  buildSearchFiles();
  if (!stopping) next = startNext();
}

/** The search page's index and module, from the content as it is now (refreshed at each restart, not on every save). */
function buildSearchFiles() {
  const result = spawnSync(bin('tsx'), [path.join('scripts', 'build', 'search.ts')], { env, encoding: 'utf8' });
  if (result.status !== 0)
    console.warn(`[dev] The search index could not be built; the search page lists the pages only.\n${result.stderr}`);
}

function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM'); // the whole group: next dev also starts worker processes
  } catch {
    // already gone
  }
}

/** Until every process of the child's group has exited (SIGKILL after 15 s). */
async function groupGone(child: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return;
    }
    if (i === 60) process.kill(-child.pid!, 'SIGKILL');
    await sleep(250);
  }
}

async function restartAll(changedAt: number) {
  // Let Contentlayer finish writing first: stopping it mid-write leaves broken files.
  await contentlayerSettled(changedAt);
  restarting = true;
  const children = [next, contentlayer].filter((c): c is ChildProcess => c !== undefined);
  children.forEach(killGroup);
  await Promise.all(children.map(groupGone));
  restarting = false;
  if (stopping) return;
  await startAll();
}

// The set of content files; when it changes, restart both tools.
const CONTENT_FILE = /\.(mdx|md|yaml|yml|json)$/;
function contentFiles() {
  try {
    return fs
      .readdirSync(contentDir, { recursive: true })
      .map(String)
      .filter((f) => CONTENT_FILE.test(f))
      .sort()
      .join('\n');
  } catch {
    return '';
  }
}
let known = contentFiles();
let timer: NodeJS.Timeout | undefined;
let queue = Promise.resolve();
function onContentEvent() {
  clearTimeout(timer);
  const changedAt = Date.now();
  timer = setTimeout(() => {
    queue = queue.then(async () => {
      const now = contentFiles();
      if (now === known || stopping) return;
      known = now;
      console.log('\n[dev] A page or resource was added or removed: restarting the preview so that its URL works.');
      console.log('[dev] The next page load compiles again and takes a little longer.\n');
      await restartAll(changedAt);
    });
  }, 1000);
}
try {
  fs.watch(contentDir, { recursive: true }, (event, file) => {
    if (event === 'rename' && file && CONTENT_FILE.test(String(file))) onContentEvent();
  });
} catch (error) {
  console.warn(`[dev] Cannot watch ${contentDir} for new pages (${(error as Error).message}); restart npm run dev after adding a page.`);
}

function stop(code: number) {
  if (stopping) return;
  stopping = true;
  clearTimeout(timer);
  checkOnSave.then((c) => c?.stop());
  for (const child of [contentlayer, next]) if (child) killGroup(child);
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));

const checkOnSave = startCheckOnSave({ problemsFile }).catch((error) => {
  console.warn(
    `[check] The check on save could not start (${error?.message ?? error}); the preview runs without it: run npm run content:check.`,
  );
});
// Missing pages answer 404 with the locale's 404 page, as on the host; next dev listens behind it.
const nextPort = await freePort();
try {
  await startNotFoundProxy({ port: Number(port), target: nextPort });
} catch (error) {
  console.error(
    `[dev] Cannot listen on port ${port} (${(error as Error).message}): is another preview running? Try PORT=3001 npm run dev.`,
  );
  process.exit(1);
}
console.log(`[dev] Preview: http://localhost:${port} (next dev runs behind it on port ${nextPort})`);
startAll();
