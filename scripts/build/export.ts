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
      `${r.compressed.files} files precompressed (${kb(r.compressed.bytes)} → gzip ${kb(r.compressed.gzipBytes)}, brotli ${kb(r.compressed.brotliBytes)}); ` +
      `host configs: out/_headers, out/_redirects, hosting/nginx/site.conf (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
