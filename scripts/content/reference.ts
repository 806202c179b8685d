// `npm run docs:reference`: writes content/guide/reference.md from the content
// model and the MDX registry. `--check` only says whether the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { contentSource } from '../../lib/content-model';
import { mdxRegistry } from '../../lib/mdx-registry';
import { modelFromSource } from './check/model';
import { REFERENCE_FILE, renderReference } from './reference/render';
import { root } from '../lib/root';

const file = path.join(root, REFERENCE_FILE);
const text = renderReference(modelFromSource(contentSource), mdxRegistry);
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${REFERENCE_FILE} is stale: run npm run docs:reference and commit it.`);
    process.exit(1);
  }
  console.log(`${REFERENCE_FILE} is up to date.`);
} else if (current === text) console.log(`${REFERENCE_FILE}: unchanged.`);
else {
  fs.writeFileSync(file, text);
  console.log(`${REFERENCE_FILE}: written.`);
}
