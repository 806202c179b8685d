// The checker of the project at `root` (the project itself or a temporary
// copy of it in tests): its rules and content model, loaded from that copy.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type Checker = typeof import('./entry');

export const loadChecker = (root = process.cwd()): Promise<Checker> =>
  import(pathToFileURL(path.join(root, 'scripts/content/check/entry.ts')).href);
