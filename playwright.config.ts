import { defineConfig } from '@playwright/test';
import chromium from './scripts/lib/chromium.json' with { type: 'json' };

// End-to-end tests against the production server: `npm start` (nginx with the
// project's config, serving the static export in out/), driving Debian's
// Chromium (no browser download). `npm test` builds first.
const port = Number(process.env.PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
      args: chromium.args,
    },
  },
  webServer: {
    command: 'tsx scripts/serve/serve.ts',
    url: `${baseURL}/zh`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { PORT: String(port), HOST: '127.0.0.1' },
  },
});
