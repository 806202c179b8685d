// What content/guide/add-a-case-study.md asks of an author who publishes a
// story from the template, which links every pillar: list the story on those
// pillar pages too (content:check holds the two to agree).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/** Adds `slug` to the caseStudies list of every pillar page of these languages in the copy at `work`. */
export function listOnPillars(work: string, slug: string, locales: string[]) {
  for (const locale of locales) {
    const dir = path.join(work, 'content', locale, 'why-ray');
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const file = path.join(dir, name);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /^caseStudies:\n/m, `${file} has a caseStudies list`);
      fs.writeFileSync(file, text.replace(/^caseStudies:\n/m, `caseStudies:\n  - ${slug}\n`));
    }
  }
}
