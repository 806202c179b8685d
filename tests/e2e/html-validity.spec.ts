import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allPages } from './site';

// Valid HTML: the Nu HTML Checker (vnu.jar, Java) finds no errors in the HTML
// of any page, the language-choice page or the 404 pages. One checker run over all files.
const vnu = path.join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');

type Message = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string };

test('the Nu HTML Checker reports no errors on any page', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const targets = [...allPages.map((p) => p.path), '/index.html', '/en/no-such-page', '/zh/no-such-page', '/no-such-page'];
    const files: string[] = [];
    for (const target of targets) {
      const response = await request.get(target);
      expect([200, 404], target).toContain(response.status());
      const file = path.join(dir, `${target.replace(/^\//, '').replace(/\//g, '__') || 'root'}.html`);
      writeFileSync(file, await response.body());
      files.push(file);
    }
    const run = spawnSync('java', ['-Xss4m', '-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8', timeout: 100_000 });
    expect(run.error, 'java -jar vnu.jar could not run (is Java installed?)').toBeUndefined();
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: Message[] };
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const report = errors.map(
      (m) =>
        `${path.basename(m.url ?? '')}:${m.lastLine ?? ''} ${m.message}\n    …${(m.extract ?? '').replace(/\s+/g, ' ').slice(0, 160)}…`,
    );
    expect(report, report.join('\n')).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
