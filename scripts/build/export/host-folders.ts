// The folders the static hosts publish (lib/delivery.ts `hosts`): each is the
// site exactly — the export's files without the precompressed copies, which
// only nginx uses — plus that host's own rule files. Files are hard links to
// out/ (no second copy on disk), copies where links are not possible.
import fs from 'node:fs';
import path from 'node:path';
import { hosts } from '@/lib/delivery';
import { walk } from './prune';
import { cloudflareHeadersFile, cloudflareRedirectsFile, netlifyHeadersFile, netlifyRedirectsFile } from './static-host-config';

/** Files nginx alone needs: its gzip and brotli copies (scripts/build/export/precompress.ts). */
export const nginxOnly = (file: string) => /\.(gz|br)$/.test(file);

function mirror(outDir: string, dest: string): number {
  fs.rmSync(dest, { recursive: true, force: true });
  let files = 0;
  for (const file of walk(outDir)) {
    if (nginxOnly(file)) continue;
    const target = path.join(dest, path.relative(outDir, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(file, target);
    } catch {
      fs.copyFileSync(file, target);
    }
    files++;
  }
  return files;
}

/** Writes hosting/netlify/, hosting/cloudflare/ and hosting/site/ from out/; returns the files in each. */
export function writeHostFolders(
  root: string,
  outDir: string,
  { sections, pages, textFiles, admin = false }: { sections: string[]; pages: string[]; textFiles: string[]; admin?: boolean },
): number {
  const folder = (name: keyof typeof hosts) => path.join(root, hosts[name].folder);
  let files = 0;
  for (const name of ['netlify', 'cloudflare', 'generic'] as const) files = mirror(outDir, folder(name));
  fs.writeFileSync(path.join(folder('netlify'), '_headers'), netlifyHeadersFile({ sections, textFiles, admin }));
  fs.writeFileSync(path.join(folder('netlify'), '_redirects'), netlifyRedirectsFile({ sections, pages }));
  fs.writeFileSync(path.join(folder('cloudflare'), '_headers'), cloudflareHeadersFile({ sections, textFiles, admin }));
  fs.writeFileSync(path.join(folder('cloudflare'), '_redirects'), cloudflareRedirectsFile({ sections }));
  return files;
}
