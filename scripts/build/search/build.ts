// Build step (prebuild, after Contentlayer): the site search's static files.
//   public/assets/search/<locale>.<hash>.json          one head per locale (lib/search/split.ts)
//   public/assets/search/<locale>.terms.<n>.<hash>.json  its term shards
//   public/assets/search/<locale>.bodies.<n>.<hash>.json its body chunks
//   public/assets/search/search.<hash>.js               the search page's module, MiniSearch bundled
//   .cache/search/manifest.json                          the heads' and the module's names, for the search page
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
import { splitIndex, type SearchHead } from '@/lib/search/split';
import { SEARCH_ASSETS_PATH, MANIFEST_FILE, type SearchManifest } from '@/lib/search/assets';

const hashOf = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

export async function buildSearchAssets(root: string) {
  const outDir = path.join(root, 'public', ...SEARCH_ASSETS_PATH.split('/').filter(Boolean));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const write = (name: string, content: string) => {
    const file = `${name}.${hashOf(content)}.${name === 'search' ? 'js' : 'json'}`;
    fs.writeFileSync(path.join(outDir, file), content);
    return { url: `${SEARCH_ASSETS_PATH}/${file}`, bytes: Buffer.byteLength(content), gzip: gzipSync(content, { level: 9 }).length };
  };

  const indexes = routing.locales.map((locale) => {
    const docs = searchDocuments(locale);
    const { head, shards, chunks } = splitIndex(buildIndexFile(locale, docs));
    const terms = shards.map((shard, n) => write(`${locale}.terms.${n}`, JSON.stringify(shard)));
    const bodies = chunks.map((chunk, n) => write(`${locale}.bodies.${n}`, JSON.stringify(chunk)));
    const full: SearchHead = { ...head, terms: terms.map((t) => t.url), bodies: bodies.map((b) => b.url) };
    const sum = (parts: { bytes: number; gzip: number }[]) =>
      parts.reduce((s, p) => ({ bytes: s.bytes + p.bytes, gzip: s.gzip + p.gzip }), { bytes: 0, gzip: 0 });
    return {
      locale,
      docs: docs.length,
      head: write(locale, JSON.stringify(full)),
      terms: sum(terms),
      bodies: sum(bodies),
      parts: terms.length + bodies.length,
    };
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
  const script = write('search', bundle.outputFiles[0].text);

  const manifest: SearchManifest = { script: script.url, indexes: Object.fromEntries(indexes.map((i) => [i.locale, i.head.url])) };
  fs.mkdirSync(path.dirname(path.join(root, MANIFEST_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return { script, indexes };
}
