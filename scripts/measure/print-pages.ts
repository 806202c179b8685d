// How the case studies and the deployment page print: Chromium's PDF of each,
// both languages, A4 and Letter, from the dark theme (print is black on white
// either way), with its page count; every page also as a PNG to look at.
// Usage: npx tsx scripts/measure/print-pages.ts   (needs a build and pdftoppm, poppler-utils)
//   BASE_URL=http://127.0.0.1:3000 to use a server you run; PORT for the one it starts (default 3300).
// Output: the table on stdout; reports/print/{locale}-{page}-{format}.pdf and -N.png.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromium as flags, chromiumPath, startServer, table } from './site';

const routes = ['/case-studies/shopify-merlin', '/case-studies/spotify', '/case-studies/instacart-griffin', '/deployment'];
const formats = ['A4', 'Letter'] as const;
const out = 'reports/print';
await mkdir(out, { recursive: true });

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: flags.args });
const context = await browser.newContext({ colorScheme: 'dark' });
const page = await context.newPage();
const rows: unknown[][] = [];
try {
  for (const locale of ['zh', 'en']) {
    for (const route of routes) {
      await page.goto(`${server.url}/${locale}${route}`, { waitUntil: 'load' });
      const counts: number[] = [];
      for (const format of formats) {
        const base = path.join(out, `${locale}${route.replaceAll('/', '-')}-${format}`);
        await writeFile(`${base}.pdf`, await page.pdf({ format }));
        const info = execFileSync('pdfinfo', [`${base}.pdf`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        counts.push(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]));
        execFileSync('pdftoppm', ['-png', '-r', '60', `${base}.pdf`, base], { stdio: 'ignore' });
      }
      rows.push([`/${locale}${route}`, ...counts]);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(table(['page', ...formats.map((f) => `${f} pages`)], rows));
console.log(`\nPDFs and PNGs (60 dpi) in ${out}/`);
