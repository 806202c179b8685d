// `npm run translations -- --mark` will not launder a date (issue 32): a page
// whose text changed since the last mark while its `updated` stayed the same
// is refused, naming the file and the fix, and nothing is written. The date
// check uses the author's local day, not UTC's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '@/lib/dates';
import { readPairs } from '@/lib/translations/pairs';
import { emptyRecord, markPair, writeRecord } from '@/lib/translations/record';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CASE = 'content/zh/case-studies/acme-forge.mdx';
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The valid fixture content in a temporary folder, every pair marked on 2026-12-02. */
function project() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translations-mark-'));
  const contentDir = path.join(dir, 'content');
  fs.cpSync(path.join(root, 'tests/fixtures/content-valid'), contentDir, { recursive: true });
  const record = emptyRecord();
  for (const pair of readPairs(contentDir, ['zh', 'en'])) markPair(record, pair, '2026-12-02');
  writeRecord(contentDir, record);
  const edit = (rel: string, change: (text: string) => string) => {
    const file = path.join(dir, rel);
    const after = change(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, after);
  };
  const mark = (...files: string[]) => {
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'scripts/content/translations.ts'), '--mark', ...files],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    return { status: run.status, out: run.stdout + run.stderr };
  };
  const recordText = () => fs.readFileSync(path.join(contentDir, 'translations.json'), 'utf8');
  return { edit, mark, recordText };
}

describe('translations --mark', () => {
  // Each case runs the CLI (tsx) once or twice: seconds each on a loaded 2-core box.
  it(
    'refuses a page whose text changed while its date did not, naming the file and the fix; marks it once the date moves',
    { timeout: 60_000 },
    () => {
      const { edit, mark, recordText } = project();
      const before = recordText();
      edit(CASE, (s) => s.replace(/\n## /, '\n新加的一段，没有改日期。\n\n## '));
      const refused = mark(CASE);
      expect(refused.status).toBe(1);
      expect(refused.out).toContain(`${CASE} changed since 2026-12-02 (formatting aside), but "updated" is still 2026-11-27`);
      expect(refused.out).toContain(`Set updated: ${localDay()} (the day of the change) in ${CASE}, then run the mark again.`);
      expect(refused.out).toContain('请在 content/zh/case-studies/acme-forge.mdx 里把它改成');
      expect(recordText()).toBe(before); // nothing written

      edit(CASE, (s) => s.replace(/^updated: .*$/m, `updated: ${localDay()}`));
      const marked = mark(CASE);
      expect(marked.status, marked.out).toBe(0);
      expect(marked.out).toContain('1 marked in content/translations.json');
      expect(recordText()).not.toBe(before);
    },
  );

  it('marks a formatting-only edit without a new date', { timeout: 60_000 }, () => {
    const { edit, mark } = project();
    edit(CASE, (s) => s.replace(/\n/g, '  \n'));
    const marked = mark(CASE);
    expect(marked.status, marked.out).toBe(0);
  });
});

describe('localDay', () => {
  it("is the author's calendar day, not UTC's: 07:30 in Beijing is still yesterday in UTC", () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      expect(localDay(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
      process.env.TZ = 'America/Los_Angeles';
      expect(localDay(new Date('2026-12-06T03:00:00Z'))).toBe('2026-12-05');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
