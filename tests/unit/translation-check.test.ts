// content:check's translation warnings (scripts/content/check/translation-status.ts)
// through the check on save of `npm run dev` (openContentDir): the preview's
// problem box shows what the session reports, and a --mark clears it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadChecker } from '../../scripts/content/check/load';
import { readPairs } from '@/lib/translations/pairs';
import { emptyRecord, markPair, writeRecord } from '@/lib/translations/record';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let checker: Awaited<ReturnType<typeof loadChecker>>;
let dir: string;

beforeAll(async () => {
  checker = await loadChecker(root);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The valid fixture content, every pair marked in sync. */
function project() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-check-'));
  const contentDir = path.join(dir, 'content');
  fs.cpSync(path.join(root, 'tests/fixtures/content-valid'), contentDir, { recursive: true });
  const markAll = () => {
    const record = emptyRecord();
    for (const pair of readPairs(contentDir, ['zh', 'en'])) markPair(record, pair, '2026-12-02');
    writeRecord(contentDir, record);
  };
  markAll();
  const session = checker.openContentDir({
    root: dir,
    source: checker.contentSource,
    publicDir: path.join(root, 'tests/fixtures/public'),
    appDir: null,
    messagesDir: null,
  });
  const file = (rel: string) => path.join(dir, rel);
  const edit = (rel: string, change: (text: string) => string) => fs.writeFileSync(file(rel), change(fs.readFileSync(file(rel), 'utf8')));
  return { session, file, edit, markAll };
}

const CASE = 'content/zh/case-studies/acme-forge.mdx';
const TWIN = 'content/en/case-studies/acme-forge.mdx';

describe('translation warnings in the check on save', () => {
  it('warns on the page behind, naming both files and the mark command, in both languages; a mark clears it', () => {
    const { session, file, edit, markAll } = project();
    expect(session.check().problems).toEqual([]);

    edit(CASE, (s) => s.replace(/^updated: .*$/m, 'updated: 2026-12-05').replace(/\n## /, '\n新加的一段，没有数字也没有链接。\n\n## '));
    session.update([file(CASE)]);
    const problems = session.check().problems;
    expect(problems.map((p) => [p.severity, p.file, p.rule])).toEqual([['warning', TWIN, 'translation-behind']]);
    expect(problems[0].message).toContain(CASE);
    expect(problems[0].fix).toContain(`npm run translations -- --mark ${TWIN}`);
    expect(problems[0].zh.message).toContain('中文版');
    expect(problems[0].zh.fix).toContain(`--mark ${TWIN}`);

    markAll();
    session.update([file('content/translations.json')]);
    expect(session.check().problems).toEqual([]);
  });

  it('a formatting-only edit is no change; a content change without a new updated date is', () => {
    const { session, file, edit } = project();
    edit(TWIN, (s) => s.replace(/\n/g, '  \n'));
    session.update([file(TWIN)]);
    expect(session.check().problems).toEqual([]);

    edit(CASE, (s) => s.replace(/\n## /, '\n新加的一段。\n\n## '));
    session.update([file(CASE)]);
    const stale = session.check().problems.find((p) => p.rule === 'updated-stale');
    expect(stale).toMatchObject({ file: CASE, line: expect.any(Number) });
    expect(stale!.fix).toMatch(/updated: \d{4}-\d\d-\d\d/);
  });

  it('a record that does not parse (a merge conflict) is a warning with the re-baseline command', () => {
    const { session, file } = project();
    fs.writeFileSync(file('content/translations.json'), '<<<<<<< HEAD\n{}\n');
    const problems = session.check().problems;
    expect(problems.map((p) => [p.severity, p.file])).toEqual([['warning', 'content/translations.json']]);
    expect(problems[0].fix).toContain('npm run translations -- --mark content');
  });
});
