// `npm run build`'s last step (postbuild): Next's export in out/ becomes the
// site as served — no framework JavaScript, host configs written, files
// precompressed. The steps are in scripts/build/export/finalize.ts.
import { root } from '../lib/root';
import { finalizeExport, ExportError } from './export/finalize';

const started = performance.now();
try {
  const r = finalizeExport({ root });
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `export: ${r.pages} pages without Next's runtime (${r.removedTags} tags removed); ` +
      `${r.pruned.payloadFiles} payload files and ${r.pruned.assets} unused assets deleted (${kb(r.pruned.bytes)}); ` +
      `${r.markdown.files.length} Markdown twins and llms.txt files (llms-full.txt: ${r.markdown.full.map((f) => `${f.locale} ${kb(f.bytes)}`).join(', ')}); ` +
      `${r.compressed.files} files precompressed (${kb(r.compressed.bytes)} → gzip ${kb(r.compressed.gzipBytes)}, brotli ${kb(r.compressed.brotliBytes)}); ` +
      (r.admin ? `editor at /admin/: ${r.admin.files} files, ${kb(r.admin.bytes)}; ` : 'editor left out (SITE_EDITOR=off); ') +
      `nginx: out/ and hosting/nginx/site.conf; hosting/netlify/, hosting/cloudflare/, hosting/site/: ${r.hostFiles} files each, ` +
      `no precompressed copies (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  // Links are absolute and fixed at build: a deployment needs its own origin.
  if (!process.env.SITE_URL) {
    console.warn(
      '\nwarning: SITE_URL is not set, so canonical and hreflang links, share images, the sitemap and the feeds point at ' +
        'http://localhost:3000. Fine for `npm start`; for a host, build with its origin: SITE_URL=https://your.host npm run build\n',
    );
  }
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
