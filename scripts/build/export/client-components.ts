// Finds client components in exported pages. A page's RSC payload names each
// client component it renders as a row `id:I[moduleId, chunks, exportName]`;
// the build's client-reference manifests map module ids to source files.
// Next's own structural components (router, boundaries, metadata marks) are
// in every App Router page and do nothing without the runtime; anything else
// — ours or a package's, next/link included — would need React in the browser.
import fs from 'node:fs';
import path from 'node:path';

export type ClientComponent = { module: string; exportName: string };

/** Framework internals that every page references and that render nothing interactive. */
const FRAMEWORK_INTERNALS = /^node_modules\/next\/dist\/(?:esm\/)?(?:client\/components|lib\/framework|lib\/metadata)\//;

/** Module id → source path (relative to the project), from the text of client-reference manifests. */
export function sourcesFromManifests(manifests: string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const text of manifests) {
    for (const m of text.matchAll(/"\[project\]\/([^"]+?)(?: <module evaluation>)?":\{"id":("?[\w-]+"?),/g)) {
      sources.set(m[2].replace(/"/g, ''), m[1]);
    }
  }
  return sources;
}

/** Module id → source path, from every *_client-reference-manifest.js of a build (.next/server/app). */
export function clientModuleSources(nextDir: string): Map<string, string> {
  const manifests: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('_client-reference-manifest.js')) manifests.push(fs.readFileSync(file, 'utf8'));
    }
  };
  walk(path.join(nextDir, 'server', 'app'));
  return sourcesFromManifests(manifests);
}

/** Client components referenced by one page's RSC payload, framework internals left out. */
export function clientComponentsIn(payload: string, sources: Map<string, string>): ClientComponent[] {
  const found = new Map<string, ClientComponent>();
  for (const line of payload.split('\n')) {
    const row = /^[0-9a-f]+:I(\[.*\])$/.exec(line);
    if (!row) continue;
    let ref: unknown[];
    try {
      ref = JSON.parse(row[1]);
    } catch {
      continue;
    }
    const id = String(ref[0]);
    const source = sources.get(id) ?? `module ${id} (not in the build’s client manifests)`;
    if (FRAMEWORK_INTERNALS.test(source)) continue;
    const exportName = typeof ref[2] === 'string' ? ref[2] : 'default';
    found.set(`${source}#${exportName}`, { module: source, exportName });
  }
  return [...found.values()];
}
