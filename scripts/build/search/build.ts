// Build step (prebuild, after Contentlayer): the site search's static files.
//   public/assets/search/index.<locale>.<hash>.json  one index per locale, from the content
//   public/assets/search/search.<hash>.js             the search page's module, MiniSearch bundled
//   .cache/search/manifest.json                       their names, for the search page to link them
// Next copies public/ into out/. Names carry a content hash, so they are
// cached for good (lib/delivery.ts) and a new build never mixes old and new.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { routing } from '@/i18n/routing';
import { searchDocuments } from '@/lib/search/documents';
import { buildIndexFile } from '@/lib/search/engine';
import { SEARCH_ASSETS_PATH, MANIFEST_FILE, type SearchManifest } from '@/lib/search/assets';

const hashOf = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

export async function buildSearchAssets(root: string) {
  const outDir = path.join(root, 'public', ...SEARCH_ASSETS_PATH.split('/').filter(Boolean));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const write = (name: string, content: string) => {
    fs.writeFileSync(path.join(outDir, name), content);
    return { url: `${SEARCH_ASSETS_PATH}/${name}`, bytes: Buffer.byteLength(content), gzip: gzipSync(content, { level: 9 }).length };
  };

  const indexes = routing.locales.map((locale) => {
    const docs = searchDocuments(locale);
    const json = JSON.stringify(buildIndexFile(locale, docs));
    return { locale, docs: docs.length, ...write(`index.${locale}.${hashOf(json)}.json`, json) };
  });

  const bundle = await build({
    entryPoints: [path.join(root, 'lib/search/client.ts')],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    // Intl.Segmenter and regex lookbehind: every current browser.
    target: ['es2022'],
    write: false,
    logLevel: 'silent',
  });
  const script = write(`search.${hashOf(bundle.outputFiles[0].text)}.js`, bundle.outputFiles[0].text);

  const manifest: SearchManifest = { script: script.url, indexes: Object.fromEntries(indexes.map((i) => [i.locale, i.url])) };
  fs.mkdirSync(path.dirname(path.join(root, MANIFEST_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return { script, indexes };
}
