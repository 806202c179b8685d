// Removes from the export what only Next's runtime used: the RSC payload files
// (one `.txt` beside each page plus `__next.*.txt` segment files), the
// duplicate `_not-found` page, and every file under /_next/static that no page,
// stylesheet or other file still refers to (the JavaScript chunks and build
// manifests, copies of the icons).
import fs from 'node:fs';
import path from 'node:path';

export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? walk(file) : [file];
  });
}

/** Payload files: `__next.*.txt`, and `X.txt` next to `X.html` (never robots.txt and other real files). */
export function isPayloadFile(file: string): boolean {
  if (!file.endsWith('.txt')) return false;
  if (path.basename(file).startsWith('__next.')) return true;
  return fs.existsSync(file.slice(0, -'.txt'.length) + '.html');
}

const TEXT_FILE = /\.(html|css|xml|json|webmanifest|svg|js|txt)$/;

/** URL paths under /_next/static/ that text files of the export refer to (stylesheets' relative url()s resolved). */
function referencedAssets(outDir: string, files: string[]): Set<string> {
  const refs = new Set<string>();
  for (const file of files) {
    if (!TEXT_FILE.test(file) || (file.includes(`${path.sep}_next${path.sep}static${path.sep}chunks${path.sep}`) && file.endsWith('.js')))
      continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\/_next\/static\/[^"'()\s?#]+/g)) refs.add(m[0]);
    if (file.endsWith('.css')) {
      const base = '/' + path.relative(outDir, path.dirname(file)).split(path.sep).join('/') + '/';
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (/^(data:|https?:|\/)/.test(m[1])) continue;
        refs.add(new URL(m[1].split(/[?#]/)[0], `http://x${base}`).pathname);
      }
    }
  }
  return refs;
}

export function removeEmptyDirs(dir: string): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) removeEmptyDirs(path.join(dir, e.name));
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

export type PruneResult = { payloadFiles: number; assets: number; bytes: number };

export function pruneExport(outDir: string): PruneResult {
  const result: PruneResult = { payloadFiles: 0, assets: 0, bytes: 0 };
  const drop = (file: string) => {
    result.bytes += fs.statSync(file).size;
    fs.rmSync(file);
  };
  // Next writes the 404 page twice (404.html and _not-found.html).
  for (const name of ['_not-found.html', '_not-found.txt']) {
    const file = path.join(outDir, name);
    if (fs.existsSync(file)) drop(file);
  }
  fs.rmSync(path.join(outDir, '_not-found'), { recursive: true, force: true });

  for (const file of walk(outDir).filter(isPayloadFile)) {
    drop(file);
    result.payloadFiles++;
  }
  const files = walk(outDir);
  const refs = referencedAssets(outDir, files);
  for (const file of files) {
    const urlPath =
      '/' +
      path
        .relative(outDir, file)
        .split(path.sep)
        .join('/')
        .replace(/\.(gz|br)$/, '');
    if (urlPath.startsWith('/_next/static/') && !refs.has(urlPath)) {
      drop(file);
      result.assets++;
    }
  }
  removeEmptyDirs(outDir);
  return result;
}
