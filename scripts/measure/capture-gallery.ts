// Re-takes the pictures in content/README-images/ (the authoring guide's
// "what it looks like" screenshots) after a component changes:
//
//   tsx scripts/measure/capture-gallery.ts
//
// Builds a temporary copy of the repository (scripts/lib/temp-copy.ts)
// with capture-gallery.mdx added
// as an English case study, serves it, and screenshots each #shot-… element
// with Debian's Chromium. Takes about as long as one production build.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { startNginx as StartNginx } from '../serve/nginx';
import { chromiumPath, chromium as flags } from '../lib/chromium';
import { freePort, root, sh, tempCopy } from '../lib/temp-copy';

const out = path.join(root, 'content', 'README-images');

const copy = tempCopy('gallery');
const work = copy.dir;
let server: Awaited<ReturnType<typeof StartNginx>> | undefined;
process.on('exit', () => {
  server?.child.kill('SIGQUIT');
  copy.remove();
});
fs.copyFileSync(
  path.join(root, 'scripts', 'measure', 'capture-gallery.mdx'),
  path.join(work, 'content', 'en', 'case-studies', 'component-gallery.mdx'),
);

console.log('Building the gallery…');
const build = sh(work, 'npm', ['run', 'build']);
if (build.status !== 0) {
  console.error(build.out.slice(-6000));
  process.exit(1);
}
// Served as production is: nginx with the copy's own config.
const { startNginx }: { startNginx: typeof StartNginx } = await import(path.join(work, 'scripts', 'serve', 'nginx.ts'));
server = await startNginx({ port: await freePort(), host: '127.0.0.1' });
const base = server.url;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: flags.args,
});
const page = await browser.newPage({ viewport: { width: 820, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light', bypassCSP: true });
fs.mkdirSync(out, { recursive: true });

await page.goto(`${base}/en/case-studies/component-gallery`, { waitUntil: 'networkidle' });
await page.addStyleTag({
  content: '[id^="shot-"] { padding: 2px 0; } [id^="shot-"] > * { margin-top: 0 !important; margin-bottom: 0 !important; }',
});
const shots = await page.$$eval('[id^="shot-"]', (els) => els.map((e) => e.id));
const shoot = async (ids: string[]) => {
  for (const id of ids) {
    const file = path.join(out, `${id.replace(/^shot-/, '')}.png`);
    await page.locator(`#${id}`).screenshot({ path: file });
    console.log(`  ${path.relative(root, file)}`);
  }
};
await shoot(shots.filter((id) => !id.endsWith('diagram')));
// The diagrams alone, smaller (they are only there to be recognised).
await page.setViewportSize({ width: 520, height: 900 });
await shoot(shots.filter((id) => id.endsWith('diagram')));

// What the case-study fields render: the top of a real case study, wide enough for the facts panel.
await page.setViewportSize({ width: 1180, height: 760 });
await page.goto(`${base}/en/case-studies/spotify`, { waitUntil: 'networkidle' });
await page.screenshot({ path: path.join(out, 'case-study-page.png') });
console.log(`  ${path.relative(root, path.join(out, 'case-study-page.png'))}`);

await browser.close();
console.log('Done.');
process.exit(0);
