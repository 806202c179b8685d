import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { baseURL } from '../../playwright.config';

// `npm run check:deploy -- <url>` passes on the production server and catches
// a host that serves the same files without the site's rules (a bare nginx).
// The suite's build has no SITE_URL: its links use the default origin.
const checkDeploy = (url: string, ...options: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/serve/check-deploy.ts', ...options, url], { encoding: 'utf8', timeout: 60_000 });

test('check:deploy passes against npm start', () => {
  const run = checkDeploy(baseURL, '--host', 'nginx', '--site-url', 'http://localhost:3000');
  expect(run.stdout, run.stderr).toMatch(/(\d+) of \1 checks passed/);
  expect(run.status).toBe(0);
});

test('check:deploy fails a build whose links are not at the origin checked, and says how to rebuild', () => {
  const run = checkDeploy(baseURL);
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/Checking \S+ as nginx \(detected\)/);
  expect(run.stdout).toMatch(
    /✗ all \d+ pages: canonical, hreflang, og:url and og:image use http:\/\/127\.0\.0\.1:\d+ — \/zh: canonical http:\/\/localhost:3000\/zh/,
  );
  expect(run.stdout).toContain(`this build was made without SITE_URL. Rebuild with SITE_URL=${baseURL} npm run build`);
});

test('check:deploy fails a host without the site’s headers, redirects and 404 pages', async () => {
  const { startNginx } = await import('../../scripts/serve/nginx');
  // A port beside the suite's own (PORT), so that parallel runs on one machine do not meet.
  const bare = await startNginx({ port: Number(new URL(baseURL).port) + 3000, host: '127.0.0.1', bare: true, captureStderr: true });
  try {
    const run = checkDeploy(bare.url);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ all \d+ pages: 200, HTML, security headers/);
    expect(run.stdout).toMatch(/✗ \/zh\/__no-such-page shows the zh 404 page/);
    expect(run.stdout).toMatch(/✗ \/zh\/feed\.xml: an Atom feed/);
  } finally {
    await bare.stop();
  }
  // The missing pages it asked for are 404s, not server errors (log_not_found off): nothing at error level.
  expect(bare.stderr()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
});
