// Every problem of content:check is written in English and in Chinese: the
// preview shows a zh page's problems in Chinese, and the terminal prints
// Chinese when LANG starts with zh. A rule that reports without its Chinese
// text does not type-check (Report.error/warn take it as a required argument);
// this test runs every fixture and fails on a problem missing either language.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecker } from '../../scripts/content/check/load';
import type { Problem } from '@/scripts/content/check/index';
import { formatProblem, terminalLanguage } from '@/scripts/content/check/problems';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HAN = /[\u3400-\u9fff]/;
let checker: Awaited<ReturnType<typeof loadChecker>>;
let all: Problem[];

beforeAll(async () => {
  checker = await loadChecker(root);
  const fixtures = fs.readdirSync(path.join(root, 'tests/fixtures')).filter((d) => d.startsWith('content-'));
  const run = (contentDir: string, messagesDir: string | null) => checkFixture(checker, root, contentDir, { messagesDir });
  all = [
    ...fixtures.flatMap((f) => run(`tests/fixtures/${f}`, null)),
    ...run('tests/fixtures/content-valid', 'tests/fixtures/messages-broken'),
    ...run('tests/fixtures/no-such-dir', null),
  ];
});

describe('content:check messages in both languages', () => {
  it('the fixtures provoke problems of most rules', () => {
    expect(new Set(all.map((p) => p.rule)).size).toBeGreaterThanOrEqual(30);
  });

  it('every problem says what is wrong and how to fix it in English and in Chinese', () => {
    const missing = all.filter(
      (p) =>
        !p.message.trim() ||
        !p.fix.trim() ||
        !p.zh?.message.trim() ||
        !p.zh?.fix.trim() ||
        !HAN.test(p.zh.message) ||
        !HAN.test(p.zh.fix) ||
        p.zh.message === p.message,
    );
    expect(missing.map((p) => `${p.rule}: ${p.message} — ${p.fix} / ${JSON.stringify(p.zh)}`)).toEqual([]);
  });

  it('keeps paths and values as written in the Chinese text', () => {
    const link = all.find((p) => p.rule === 'link-missing' && p.message.includes('/zh/deploymnet'))!;
    expect(link.zh.message).toContain('/zh/deploymnet');
    expect(link.zh.fix).toBe('你是不是想链接 /zh/deployment？');
    expect(formatProblem(link, 'zh')).toMatch(/^tests\/fixtures\/content-links\/zh\/index\.mdx:10 — 链接指向 \/zh\/deploymnet：/);
  });
});

describe('the terminal language', () => {
  it('is Chinese when LANG (or LC_ALL) starts with zh, else English', () => {
    expect(terminalLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(terminalLanguage({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(terminalLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(terminalLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(terminalLanguage({})).toBe('en');
  });

  // Two runs of the command (~1 s each on an idle machine, several under load): more than the default 5 s.
  it('npm run content:check prints English by default and Chinese under LANG=zh_CN.UTF-8', { timeout: 30_000 }, () => {
    const run = (LANG: string) =>
      spawnSync('node_modules/.bin/tsx', ['scripts/content/check.ts', '--dir', 'tests/fixtures/content-links', '--messages', 'none'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, LANG, LC_ALL: '', NO_COLOR: '1' },
      }).stdout;
    expect(run('en_US.UTF-8')).toContain('link to /zh/deploymnet: there is no such page');
    expect(run('zh_CN.UTF-8')).toContain('链接指向 /zh/deploymnet：没有这个页面');
  });
});
