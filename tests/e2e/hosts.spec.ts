import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { baseURL } from '../../playwright.config';
import { startEmulator, type EmulatorName } from '../../scripts/serve/emulators';

// The folders `npm run build` writes for Netlify and Cloudflare Pages, served
// by each host's own local server (installed by scripts/serve/ensure-emulators.sh),
// pass `npm run check:deploy -- --host … --emulator`: everything the README
// promises on that host, except the emulator's known differences, which the
// checker names with their upstream reference (scripts/serve/deploy-check/emulator-limits.ts).
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const root = path.resolve('.');
// Ports beside the suite's own (PORT), so that parallel runs on one machine do not meet.
const port = Number(new URL(baseURL).port);
const ports: Record<EmulatorName, number> = { cloudflare: port + 1000, netlify: port + 2000 };
// The build the suite runs has no SITE_URL: its links point at the default origin.
const siteUrl = 'http://localhost:3000';

async function checkDeploy(host: string, url: string) {
  const args = ['scripts/serve/check-deploy.ts', '--host', host, '--emulator', '--site-url', siteUrl, url];
  try {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', args, { timeout: 120_000 });
    return { status: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? 1, stdout: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The Markdown twins and llms.txt files keep their types on the host (lib/delivery.ts textFileRules). */
function expectTextFiles(stdout: string) {
  expect(stdout).toMatch(/^✓ all \d+ Markdown twins: 200, text\/markdown; charset=utf-8, X-Robots-Tag: noindex$/m);
  expect(stdout).toMatch(/^✓ \/llms\.txt: text\/plain; charset=utf-8$/m);
  expect(stdout).toMatch(/^✓ \/en\/llms-full\.txt: text\/plain; charset=utf-8$/m);
  expect(stdout).toMatch(/^✓ \/llms\.txt lists a Markdown twin of each of \d+ pages$/m);
}

test('Cloudflare Pages (wrangler pages dev) serves hosting/cloudflare/ as the README says', async () => {
  const server = await startEmulator('cloudflare', { root, port: ports.cloudflare });
  try {
    const run = await checkDeploy('cloudflare', server.url);
    expect(run.stdout).toMatch(/\d+ of \d+ checks passed/);
    expect(run.stdout).not.toMatch(/^✗/m);
    expect(run.status).toBe(0);
    // `/` is the language-choice page there; paths without a locale go to zh.
    expect(run.stdout).toMatch(/✓ \/ \(Accept-Language: en-US,en;q=0.9\) is the language-choice page/);
    expectTextFiles(run.stdout);
    expect(run.stdout).toMatch(/✓ \/\S+ \(no locale; Accept-Language: en-US,en;q=0.9\) redirects to \/zh\//);
    // One known difference: wrangler answers /_headers with 502.
    expect(run.stdout.match(/^~ known emulator difference/gm)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('Netlify (netlify dev) serves hosting/netlify/ as the README says', async () => {
  const server = await startEmulator('netlify', { root, port: ports.netlify });
  try {
    const run = await checkDeploy('netlify', server.url);
    expect(run.stdout).toMatch(/\d+ of \d+ checks passed/);
    expect(run.stdout).not.toMatch(/^✗/m);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ \/ \(Accept-Language: en-US,en;q=0.9\) redirects to \/en/);
    expectTextFiles(run.stdout);
    expect(run.stdout).toMatch(/✓ the 404 pages' own URLs answer 404/);
    expect(run.stdout).toMatch(/✓ \/_redirects \(host rules\) is not public/);
    // Named differences: netlify/cli#990 (headers overwritten), bare redirects, the crash on /%zz.
    expect(run.stdout).toContain('netlify/cli#990');
    expect(run.stdout.match(/^~ known emulator difference/gm)).toHaveLength(3);
  } finally {
    await server.stop();
  }
});

test('check:deploy fails Netlify with the old, unforced `/` rule (its index.html wins over it)', async () => {
  // A copy of hosting/netlify/ (hard links) whose `/` rules lack `!`, and no default `/` rule: as before issue 18.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netlify-unforced-'));
  fs.cpSync(path.join(root, 'hosting', 'netlify'), dir, { recursive: true });
  const rules = fs.readFileSync(path.join(dir, '_redirects'), 'utf8');
  const unforced = rules.replace(/^\/ {2}\/en {2}302! {2}Language=en$/m, '/  /en  302  Language=en').replace(/^\/ {2}\/zh {2}302!\n/m, '');
  expect(unforced).not.toBe(rules);
  fs.writeFileSync(path.join(dir, '_redirects'), unforced);
  const server = await startEmulator('netlify', { root, port: ports.netlify + 1, dir });
  try {
    const run = await checkDeploy('netlify', server.url);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /✗ \/ \(Accept-Language: en-US,en;q=0.9\) redirects to \/en \(netlify negotiates `\/`\) — status 200: a page/,
    );
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
