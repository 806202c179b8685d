// Runs the project's TypeScript from plain Node scripts (Node 20 cannot):
// esbuild bundles the module with its imports (the `@/` paths from
// tsconfig.json included) into one ES module in ~0.1 s, which is imported and
// deleted. npm packages stay external and load from node_modules as usual.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Imports `entry` (a .ts file, relative to the project root) and returns its exports.
 * `plugins` are esbuild plugins, e.g. to stand in for a package.
 */
export async function importTs(entry, { cwd = root, plugins = [] } = {}) {
  const result = await build({
    entryPoints: [path.resolve(cwd, entry)],
    absWorkingDir: cwd,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  // Written inside node_modules so that the bundle's package imports resolve; removed right after loading.
  const dir = path.join(cwd, 'node_modules', '.cache', 'load-ts');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(entry, '.ts')}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  fs.writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
