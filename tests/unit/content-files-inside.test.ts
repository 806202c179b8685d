// Files stay inside (issue 31): a symbolic link in content/ or public/ is
// refused by content:check, by the image step and the export step
// (lib/content-safety/files.ts), and never read through; an image path is in
// public/ only when its real path is (public-x/ is not public/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSymlinks, isInside, symlinkMessage } from '@/lib/content-safety/files';
import { loadChecker } from '../../scripts/content/check/load';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp: string;
let checker: Awaited<ReturnType<typeof loadChecker>>;

beforeAll(async () => {
  checker = await loadChecker(root);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'files-inside-'));
  fs.cpSync(path.join(root, 'tests/fixtures/content-valid'), path.join(tmp, 'content'), { recursive: true });
  fs.cpSync(path.join(root, 'tests/fixtures/public'), path.join(tmp, 'public'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'public-x/images'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'public-x/images/secret.png'), 'not public');
  fs.writeFileSync(path.join(tmp, '.env'), 'TOKEN=secret');
  fs.symlinkSync('/etc/passwd', path.join(tmp, 'public', 'passwd.txt'));
  fs.symlinkSync(tmp, path.join(tmp, 'public', 'repo'));
  fs.symlinkSync(path.join(root, 'package.json'), path.join(tmp, 'content', 'en', 'package.mdx'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** content:check over the copy's content/ and public/ only. */
const checkCopy = () => checkFixture(checker, tmp, 'content', { publicDir: 'public', appDir: null });

describe('symbolic links', () => {
  it('are found without being followed', () => {
    expect(findSymlinks(path.join(tmp, 'public'))).toEqual(['passwd.txt', 'repo']);
    expect(findSymlinks(path.join(tmp, 'no-such-dir'))).toEqual([]);
  });

  it('are refused by content:check, in both languages, and never read', () => {
    const problems = checkCopy();
    const links = problems.filter((p) => p.rule === 'symlink');
    expect(links.map((p) => `${p.severity} ${p.file}`)).toEqual([
      'error content/en/package.mdx',
      'error public/passwd.txt',
      'error public/repo',
    ]);
    expect(links[0].zh.message).toMatch(/符号链接/);
    // Not read through: no problem about the package.json text as a page.
    expect(problems.filter((p) => p.file === 'content/en/package.mdx' && p.rule !== 'symlink')).toEqual([]);
  });

  it('stop the image and export steps with the paths', () => {
    const message = symlinkMessage(tmp, ['content', 'public'])!;
    expect(message).toMatch(
      /^3 symbolic link\(s\) where only real files may be:\n {2}content\/en\/package\.mdx\n {2}public\/passwd\.txt\n {2}public\/repo\n/,
    );
    expect(symlinkMessage(root, ['tests/fixtures/public'])).toBeUndefined();
  });
});

describe('containment', () => {
  it('compares real paths with a separator', () => {
    expect(isInside(path.join(tmp, 'public'), path.join(tmp, 'public/images'))).toBe(true);
    expect(isInside(path.join(tmp, 'public'), path.join(tmp, 'public-x/images/secret.png'))).toBe(false);
    expect(isInside(path.join(tmp, 'public'), path.join(tmp, 'public/../public-x'))).toBe(false);
    expect(isInside(path.join(tmp, 'public'), path.join(tmp, 'public/passwd.txt'))).toBe(false);
  });

  it('an image in public-x/ is not a file of public/', () => {
    fs.writeFileSync(
      path.join(tmp, 'content/en/probe.mdx'),
      '---\ntitle: "Probe"\ndescription: "An image beside public."\nupdated: 2026-11-27\ntranslationPending: true\n---\n\n![Secret](/../public-x/images/secret.png)\n',
    );
    const problems = checkCopy();
    expect(problems.find((p) => p.file === 'content/en/probe.mdx' && p.line === 8)?.rule).toBe('image-missing');
    fs.rmSync(path.join(tmp, 'content/en/probe.mdx'));
  });
});
