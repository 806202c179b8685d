// content:check as the unit tests run it: one content folder (a fixture or a
// temporary copy), the fixtures' public/, and no UI-string check unless a test
// asks for one. Written once so a new option of checkContentDir reaches all.
import type { CheckDirOptions } from '../../../scripts/content/check/files';
import type { Checker } from '../../../scripts/content/check/load';

/** The problems content:check finds in `contentDir` (relative to `root` or absolute). */
export function checkFixture(checker: Checker, root: string, contentDir: string, options: Partial<CheckDirOptions> = {}) {
  return checker.checkContentDir({
    root,
    source: checker.contentSource,
    contentDir,
    publicDir: 'tests/fixtures/public',
    messagesDir: null,
    ...options,
  }).problems;
}
