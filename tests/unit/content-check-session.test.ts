// openContentDir(): the check on every save of `npm run dev`
// (scripts/dev/check-on-save.ts). It reads a project once and then only the
// files it is told changed (and their translations); after every change it
// must report exactly what a full `npm run content:check` reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadChecker } from '../../scripts/content/check/load';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type Problem = { severity: 'error' | 'warning'; file: string; line?: number; rule: string; message: string; fix: string };
type Session = { update(paths: string[]): string[]; check(): { problems: Problem[] } };
let checker: Awaited<ReturnType<typeof loadChecker>>;
let dir: string;

beforeAll(async () => {
  checker = await loadChecker(root);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A project of the valid fixture content and the site's messages, in a temporary folder. */
function project() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-session-'));
  fs.cpSync(path.join(root, 'tests/fixtures/content-valid'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(root, 'messages'), path.join(dir, 'messages'), { recursive: true });
  const options = {
    root: dir,
    source: checker.contentSource,
    publicDir: path.join(root, 'tests/fixtures/public'),
    appDir: null,
  };
  const file = (rel: string) => path.join(dir, rel);
  return {
    session: checker.openContentDir(options) as Session,
    full: (): Problem[] => checker.checkContentDir(options).problems,
    file,
    edit: (rel: string, change: (text: string) => string) => fs.writeFileSync(file(rel), change(fs.readFileSync(file(rel), 'utf8'))),
  };
}

describe('openContentDir (the check on save)', () => {
  it('after each change reports what a full check reports', { timeout: 30_000 }, () => {
    const { session, full, file, edit } = project();
    expect(session.check().problems).toEqual([]);

    // A wrong value: the file and its translation are read again.
    edit('content/en/case-studies/acme-forge.mdx', (s) => s.replace(/^order: .*$/m, 'order: zzz'));
    expect(session.update([file('content/en/case-studies/acme-forge.mdx')])).toEqual([
      'content/en/case-studies/acme-forge.mdx',
      'content/zh/case-studies/acme-forge.mdx',
    ]);
    const wrong = session.check().problems;
    expect(wrong.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual(['content/en/case-studies/acme-forge.mdx:9 field-type']);
    expect(wrong).toEqual(full());

    // A page removed (its translation now lacks it), one added in a new folder, a message key removed.
    fs.rmSync(file('content/zh/why-ray/unified.mdx'));
    fs.mkdirSync(file('content/en/notes'));
    fs.writeFileSync(
      file('content/en/notes/first.mdx'),
      '---\ntitle: "First"\ndescription: "A note."\nupdated: 2026-11-27\n---\n\nText with a [broken link](/en/nowhere).\n',
    );
    edit('messages/en/common.json', (s) => s.replace(/^\s*"home": "Home",\n/m, ''));
    const changed = session.update([file('content/zh/why-ray/unified.mdx'), file('content/en/notes'), file('messages/en/common.json')]);
    expect(changed).toEqual(['content/en/notes/first.mdx', 'content/en/why-ray/unified.mdx', 'messages/en/common.json']);
    const after = session.check().problems;
    expect(after.map((p) => p.rule)).toEqual(
      expect.arrayContaining(['field-type', 'translation-missing', 'link-missing', 'messages-missing']),
    );
    expect(after).toEqual(full());

    // Fixed again: nothing left.
    edit('content/en/case-studies/acme-forge.mdx', (s) => s.replace('order: zzz', 'order: 1'));
    fs.cpSync(path.join(root, 'tests/fixtures/content-valid/zh/why-ray/unified.mdx'), file('content/zh/why-ray/unified.mdx'));
    fs.rmSync(file('content/en/notes'), { recursive: true });
    fs.cpSync(path.join(root, 'messages/en/common.json'), file('messages/en/common.json'));
    session.update([
      'content/en/case-studies/acme-forge.mdx',
      'content/zh/why-ray/unified.mdx',
      'content/en/notes',
      'messages/en/common.json',
    ]);
    expect(session.check().problems).toEqual([]);
  });

  it('reads again only what it is told changed', () => {
    const { session, full, file, edit } = project();
    session.check();
    edit('content/en/why-ray.mdx', (s) => `${s}\n<UnknownWidget />\n`);
    expect(full().map((p) => p.rule)).toEqual(['component-unknown']);
    expect(session.check().problems).toEqual([]); // not told: still the text it read
    session.update([file('content/en/why-ray.mdx')]);
    expect(session.check().problems).toEqual(full());
  });
});
