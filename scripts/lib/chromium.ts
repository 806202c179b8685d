// Debian's Chromium and its flags (chromium.json, which playwright.config.ts reads too).
import chromium from './chromium.json' with { type: 'json' };

export const chromiumPath: string = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? chromium.executablePath;

/** Flags for launching Chromium by hand (Lighthouse); Playwright adds --headless itself (use chromium.args there). */
export const chromiumFlags = ['--headless=new', ...chromium.args];
export { chromium };
