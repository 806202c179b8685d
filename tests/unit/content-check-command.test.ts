// `npm run content:check` as a command, on the fixtures in tests/fixtures/content-*:
// its output lines, exit status, options and environment (the rules themselves:
// content-check.test.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run content:check (the command)', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/content/check.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
  const fixtureArgs = (name: string) => ['--dir', `tests/fixtures/${name}`, '--public', 'tests/fixtures/public', '--messages', 'none'];

  it('prints every problem as "file:line — what is wrong — how to fix it" and exits 1 on errors', { timeout: 30_000 }, () => {
    const result = run(fixtureArgs('content-mdx-syntax'));
    expect(result.status).toBe(1);
    const out = result.stdout.split('\n');
    expect(out).toContain(
      'error   tests/fixtures/content-mdx-syntax/zh/deployment.mdx:9 — MDX syntax error: <Callout> is opened but never closed — close the component: <Name …> … </Name>, or end it with /> when it has no content (e.g. <PillarCards />)',
    );
    expect(out.filter((l) => l.startsWith('error ')).length).toBe(5);
    expect(result.stdout).toMatch(/content:check: 5 errors, 0 warnings in 6 files/);
  });

  it('exits 0 with warnings only, and takes the directory from CONTENT_DIR', { timeout: 30_000 }, () => {
    const result = run(['--public', 'tests/fixtures/public', '--messages', 'none'], { CONTENT_DIR: 'tests/fixtures/content-warnings' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'warning tests/fixtures/content-warnings/zh/deployment.mdx:5 — translationPending: true, but the English version tests/fixtures/content-warnings/en/deployment.mdx now exists — remove the translationPending line',
    );
    expect(result.stdout).toMatch(/0 errors, 1 warning in 4 files .*Warnings do not stop the build\./);
  });

  it('prints JSON for tools with --json', { timeout: 30_000 }, () => {
    const result = run([...fixtureArgs('content-valid'), '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ errors: 0, warnings: 0, problems: [] });
  });

  it('says what is wrong with an unknown option instead of a stack trace', { timeout: 30_000 }, () => {
    const result = run(['--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('content:check: unknown option --frobnicate (see --help)\n');
  });
});
