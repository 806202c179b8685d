// Re-takes the authoring guide's pictures of the preview's problem banner
// (content/README-images/preview-*.png, content/guide/preview.md):
//
//   tsx scripts/measure/capture-preview.ts
//
// Runs `npm run dev` in a temporary copy of the repository
// (scripts/dev/start-dev.ts), breaks three files as a marketer might
// (a wrong prop value, a wrong frontmatter value, an unknown component) and
// screenshots two pages with Debian's Chromium. About a minute.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, chromium as flags } from '../lib/chromium';
import { startDev } from '../dev/start-dev';
import { tempCopy } from '../lib/temp-copy';

import { root } from '../lib/root';
const out = path.join(root, 'content', 'README-images');
const copy = tempCopy('capture-preview');
const edit = (rel: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(copy.dir, rel), change(fs.readFileSync(path.join(copy.dir, rel), 'utf8')));
const shots = [
  // The banner above a page that still renders: its own problem first, then the other files'.
  { name: 'preview-banner.png', path: '/en/case-studies', until: 'kind must be one of' },
  // A page that cannot be shown as saved: its problems instead of an older version.
  { name: 'preview-cannot-show.png', path: '/en/why-ray', until: 'is not a component you can use' },
];

let dev;
let browser;
try {
  dev = await startDev(copy.dir);
  for (const shot of shots) await dev.until(shot.path, (h) => h.includes('<h1'), 'no page', Date.now(), 300_000);
  edit('content/en/case-studies.mdx', (s: string) => s.replace('<Callout kind="note"', '<Callout kind="notes"'));
  edit('content/en/case-studies/spotify.mdx', (s: string) => s.replace(/^order: .*$/m, 'order: second'));
  edit('content/en/why-ray.mdx', (s: string) => `${s.trimEnd()}\n\n<UnknownWidget />\n`);
  for (const shot of shots) await dev.until(shot.path, (h) => h.includes(shot.until), 'no problem shown');
  browser = await chromium.launch({ executablePath: chromiumPath, args: flags.args });
  const page = await browser.newPage({ viewport: { width: 1180, height: 900 }, colorScheme: 'light' });
  for (const shot of shots) {
    await page.goto(dev.base + shot.path, { waitUntil: 'load' });
    await page.evaluate(() => document.querySelector('nextjs-portal')?.remove()); // next dev's own badge
    await page.screenshot({ path: path.join(out, shot.name) });
    console.log(`content/README-images/${shot.name}`);
  }
} finally {
  await browser?.close();
  await dev?.stop();
  copy.remove();
}
