// `npm run dev`: the content check on every save. The rules of
// `npm run content:check` are loaded once; the project is read once. Then,
// each time a file under content/ or messages/ is saved (or added, removed),
// that file and its translation are read again and checked, the rules across
// files run over all of them, and the result is printed and written, as JSON,
// to `problemsFile`. The preview reads that file on every request and shows
// the problems on its pages (lib/preview-problems.ts). A check takes tens of
// milliseconds; the time is printed with each result.
import fs from 'node:fs';
import path from 'node:path';
import { loadChecker, type Checker } from '../content/check/load';

type Problem = ReturnType<Checker['checkContentDir']>['problems'][number];
type Log = (line: string) => void;

/** Saves coming this close together are checked together (editors write a file in several steps). */
const SETTLE_MS = 30;
/** Editors' swap and backup files (.x.swp, x~, vim's 4913 probe): not content. */
const EDITOR_FILE = /(^|\/)(\.[^/]*|[^/]*~|\d+)$/;

export async function startCheckOnSave({
  root = process.cwd(),
  problemsFile,
  log = console.log,
}: {
  root?: string;
  problemsFile: string;
  log?: Log;
}) {
  const checker = await loadChecker(root);
  const session = checker.openContentDir({ root, source: checker.contentSource });
  const contentDir = path.relative(root, session.contentDir).split(path.sep).join('/');
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

  function write(problems: Problem[]) {
    fs.mkdirSync(path.dirname(problemsFile), { recursive: true });
    const tmp = `${problemsFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ checkedAt: new Date().toISOString(), contentDir, problems }));
    fs.renameSync(tmp, problemsFile); // whole, never half-written, when the preview reads it
  }

  let last = '';
  function run(paths: string[] | null) {
    const started = performance.now();
    const changed = paths ? session.update(paths) : [];
    const { problems, fileCount } = session.check();
    write(problems);
    const ms = Math.round(performance.now() - started);
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const now = problems.map((p) => checker.formatProblem(p)).join('\n');
    const what = paths ? changed.join(', ') || 'content/' : count(fileCount, 'file');
    if (problems.length === 0) {
      log(paint(32, `[check] ${what}: all good (${ms} ms)`));
    } else {
      log(
        paint(
          errors.length ? 31 : 33,
          `[check] ${what}: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')} (${ms} ms)${now === last ? ', as before' : ''}`,
        ),
      );
      const language = checker.terminalLanguage(); // Chinese when LANG starts with zh
      for (const p of errors) log(`${paint(31, 'error')}   ${checker.formatProblem(p, language)}`);
      for (const p of warnings) log(`${paint(33, 'warning')} ${checker.formatProblem(p, language)}`);
      log('[check] The preview shows them at the top of every page until they are fixed.');
    }
    last = now;
    return { problems, ms };
  }

  const first = run(null);

  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const onChange = (file: string) => {
    if (EDITOR_FILE.test(file)) return;
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending];
      pending = new Set<string>();
      try {
        run(paths);
      } catch (error) {
        log(`[check] could not check ${paths.join(', ')}: ${(error as Error)?.stack ?? error}`);
      }
    }, SETTLE_MS);
  };
  const watchers = [session.contentDir, session.messagesDir]
    .filter((dir): dir is string => dir !== null && fs.existsSync(dir))
    .map((dir) => watchTree(dir, onChange, log));

  return {
    /** The first check's result. */
    first,
    stop() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      fs.rmSync(problemsFile, { force: true });
    },
  };
}

/**
 * Calls `onChange(path)` for every file written, added or removed under `root`.
 * One watcher per folder, not fs.watch's `recursive`: on Linux, Node 20 then
 * watches each file itself, and loses a file that an editor saves by writing
 * a new file over it (as sed -i and many editors do); a folder's watcher sees it.
 */
function watchTree(root: string, onChange: (file: string) => void, log: Log) {
  const watchers = new Map<string, fs.FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, (_event, name) => {
        const file = path.join(dir, name ? String(name) : '');
        if (name && isDir(file)) {
          close(file); // new, or removed and made again
          add(file);
        }
        onChange(file);
      });
    } catch (error) {
      if (dir === root) log(`[check] cannot watch ${dir} (${(error as Error).message}): run npm run content:check after saving.`);
      return;
    }
    watcher.on('error', () => close(dir)); // the folder was removed
    watchers.set(dir, watcher);
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      // removed meanwhile
    }
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) add(path.join(dir, entry.name));
  };
  const close = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched !== dir && !watched.startsWith(dir + path.sep)) continue;
      watcher.close();
      watchers.delete(watched);
    }
  };
  add(root);
  return { close: () => [...watchers.keys()].forEach(close) };
}

function isDir(file: string) {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
