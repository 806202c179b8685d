// `npm run content:check -- --format github`: one GitHub Actions annotation per
// problem, on the file and line, in the language of LANG (for the example
// workflow in docs/editor.md).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { githubAnnotation, type Problem } from '@/scripts/content/check/problems';

const problem: Problem = {
  severity: 'error',
  file: 'content/en/a,b.mdx',
  line: 7,
  rule: 'link-missing',
  message: 'link to /en/x: 100% missing',
  fix: 'line one\nline two',
  zh: { message: '链接指向 /en/x：没有这个页面', fix: '改为 /en/y' },
};

describe('githubAnnotation', () => {
  it('writes a workflow command with file, line and title, escaped as the runner reads it', () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/en/a%2Cb.mdx,line=7,title=content%3Acheck link-missing::link to /en/x: 100%25 missing — line one%0Aline two',
    );
    expect(githubAnnotation({ ...problem, severity: 'warning', line: undefined }, 'zh')).toBe(
      '::warning file=content/en/a%2Cb.mdx,title=content%3Acheck link-missing::链接指向 /en/x：没有这个页面 — 改为 /en/y',
    );
  });

  it('is what the command prints for a broken content folder, in Chinese under LANG=zh_CN', () => {
    const run = (lang: string) => {
      try {
        execFileSync(
          'npx',
          [
            'tsx',
            'scripts/content/check.ts',
            '--format',
            'github',
            '--dir',
            'tests/fixtures/content-links',
            '--public',
            'tests/fixtures/public',
            '--messages',
            'none',
          ],
          { encoding: 'utf8', env: { ...process.env, LANG: lang, LC_ALL: '' } },
        );
        return { code: 0, out: '' };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const zh = run('zh_CN.UTF-8');
    expect(zh.code).toBe(1);
    const lines = zh.out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(
      lines.slice(0, -1).every((l) => /^::(error|warning) file=tests\/fixtures\/content-links\/[^,]+(,line=\d+)?,title=/.test(l)),
    ).toBe(true);
    expect(zh.out).toContain('没有这个页面');
    expect(run('en_US.UTF-8').out).toContain('no such page');
  }, 60_000);
});
