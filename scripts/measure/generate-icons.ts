// Draws the raster app icons from app/icon.svg (our mark), with Debian's Chromium:
//   app/apple-icon.png  180×180, opaque (iOS rounds the corners itself)
//   app/favicon.ico     16, 32 and 48 px PNGs in one ICO file
// Run after changing app/icon.svg: `npx tsx scripts/measure/generate-icons.ts`; commit the output.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumPath, chromium as flags } from './site';

const root = new URL('../', import.meta.url);
const svg = await readFile(new URL('app/icon.svg', root), 'utf8');
const dataUri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: flags.args,
});

/** The icon at `size` px; `background` fills the square and `inset` leaves a margin. */
async function render(size: number, { background = 'transparent', inset = 0 } = {}) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const inner = size - 2 * inset;
  await page.setContent(
    `<html><body style="margin:0;width:${size}px;height:${size}px;background:${background};display:flex;align-items:center;justify-content:center">` +
      `<img src="${dataUri}" width="${inner}" height="${inner}"></body></html>`,
  );
  await page.locator('img').evaluate((img) => (img as HTMLImageElement).decode());
  const png = await page.screenshot({ omitBackground: background === 'transparent', type: 'png' });
  await page.close();
  return png;
}

/** ICO with PNG images (readable by every current browser). */
function ico(images: { size: number; png: Buffer }[]) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

try {
  // Apple touch icon: the mark's blue fills the square (no transparent corners).
  await writeFile(new URL('app/apple-icon.png', root), await render(180, { background: '#1d5fd1', inset: 0 }));
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push({ size, png: await render(size) });
  await writeFile(new URL('app/favicon.ico', root), ico(images));
  console.log('wrote app/apple-icon.png and app/favicon.ico');
} finally {
  await browser.close();
}
