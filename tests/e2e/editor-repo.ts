// The browser editor's local mode on a copy of the repository, for
// tests/e2e/editor.spec.ts. Sveltia asks window.showDirectoryPicker() for the
// working copy (and checks that it holds .git); here the picker answers with
// an origin-private folder (OPFS) seeded with content/, so the test writes
// nothing outside the browser. Read back, the folder is compared with git's.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** content/ as path → base64 (README and its pictures left out: not content the editor shows). */
export function contentFiles(root = 'content'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of fs.readdirSync(root, { recursive: true }).map(String)) {
    const file = path.join(root, rel);
    if (rel.startsWith('README') || !fs.statSync(file).isFile()) continue;
    files[file.split(path.sep).join('/')] = fs.readFileSync(file).toString('base64');
  }
  return files;
}

/** Before any page script: the directory picker returns the seeded folder. */
export async function answerPickerWithRepository(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
  });
}

/** Seeds OPFS/repo with the files, an empty .git and public/images/ (on any page of the origin). */
export async function seedRepository(page: Page, files: Record<string, string>) {
  await page.evaluate(`(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    await (await root.getDirectoryHandle('public', { create: true })).getDirectoryHandle('images', { create: true });
    for (const [p, b64] of Object.entries(files)) {
      const parts = p.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  })(${JSON.stringify(files)})`);
}

/** The folder as path → bytes. */
export async function readRepository(page: Page): Promise<Record<string, Buffer>> {
  const files = (await page.evaluate(`(async () => {
    const out = {};
    async function walk(dir, prefix) {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle, prefix + name + '/');
        else {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          let s = '';
          for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out[prefix + name] = btoa(s);
        }
      }
    }
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  })()`)) as Record<string, string>;
  return Object.fromEntries(Object.entries(files).map(([p, b]) => [p, Buffer.from(b, 'base64')]));
}

/** Lines of `after` that differ from `before`, as "-old" / "+new" (same line count assumed when one line changed). */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`line count ${a.length} → ${b.length}`];
  return a.flatMap((line, i) => (line === b[i] ? [] : [`-${line}`, `+${b[i]}`]));
}
