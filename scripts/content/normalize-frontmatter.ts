// `npm run format`'s first step: content files back to the guide's form after
// the browser editor saved them (lib/editor/normalize-frontmatter.ts).
// `--check` lists the files it would change and exits 1, for format:check.
import fs from 'node:fs';
import path from 'node:path';
import { normalizeContentFile } from '@/lib/editor/normalize-frontmatter';
import { root } from '../lib/root';

const check = process.argv.includes('--check');
const dir = path.join(root, 'content');
const changed: string[] = [];
for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
  const file = path.join(dir, rel);
  if (!/\.(mdx|yaml)$/.test(rel) || !fs.statSync(file).isFile()) continue;
  const text = fs.readFileSync(file, 'utf8');
  const normalized = normalizeContentFile(file, text);
  if (normalized === text) continue;
  changed.push(path.relative(root, file));
  if (!check) fs.writeFileSync(file, normalized);
}
if (changed.length) console.log(`${check ? 'would normalize' : 'normalized'}: ${changed.join(', ')}`);
if (check && changed.length) process.exit(1);
