// Writes gzip and brotli copies next to every text file of the export
// (page.html → page.html.gz, page.html.br), once, at the highest levels, so
// that the server sends them as they are (nginx: gzip_static, brotli_static)
// instead of compressing each response. Kept only when they are smaller.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { walk } from './prune';

const COMPRESSIBLE = /\.(html|css|js|svg|xml|txt|md|json|webmanifest|ico)$/;
/** Below this, compression saves less than the extra request header costs. */
const MIN_BYTES = 256;

export type CompressResult = { files: number; bytes: number; gzipBytes: number; brotliBytes: number };

export function precompress(outDir: string): CompressResult {
  const result: CompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of walk(outDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const body = fs.readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const gzip = zlib.gzipSync(body, { level: 9 });
    const brotli = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    result.files++;
    result.bytes += body.length;
    if (gzip.length < body.length) {
      fs.writeFileSync(`${file}.gz`, gzip);
      result.gzipBytes += gzip.length;
    }
    if (brotli.length < body.length) {
      fs.writeFileSync(`${file}.br`, brotli);
      result.brotliBytes += brotli.length;
    }
  }
  return result;
}
