// Screenshots of pages for design review: every page (or those given) in both
// locales, at phone and desktop widths, in light and dark.
// Usage: npx tsx scripts/measure/screenshots.ts [baseURL] [route ...]
//   e.g. npx tsx scripts/measure/screenshots.ts http://127.0.0.1:3000 / /case-studies/spotify
// Output: reports/screenshots/{locale}{route}-{width}-{theme}.png (full page).
import { chromium } from 'playwright-core';
import { chromiumPath, chromium as flags } from './site';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const [baseURL = 'http://127.0.0.1:3000', ...routeArgs] = process.argv.slice(2);
const routes = routeArgs.length
  ? routeArgs
  : [
      '/',
      '/why-ray',
      '/why-ray/seamless-dev-to-prod',
      '/case-studies',
      '/case-studies/shopify-merlin',
      '/deployment',
      '/resources',
      '/no-such-page',
    ];
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const out = 'reports/screenshots';
await mkdir(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: flags.args });
for (const theme of themes) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    for (const locale of ['zh', 'en']) {
      for (const route of routes) {
        const url = `${baseURL}/${locale}${route === '/' ? '' : route}`;
        await page.goto(url, { waitUntil: 'load' });
        const name = `${locale}${route === '/' ? '-home' : route.replaceAll('/', '-')}-${width}-${theme}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(`${name}${overflow > 0 ? `  ⚠ horizontal overflow ${overflow}px` : ''}`);
      }
    }
    await context.close();
  }
}
await browser.close();
