// The README, docs/ and the authoring guide link to each other by relative
// paths and #anchors: every one must lead somewhere, and each document stays
// short and opens with its summary.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const list = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `${dir}/${f}`);
const documents = ['README.md', 'content/README.md', ...list('docs'), ...list('content/guide')];
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Text outside fenced code blocks and inline code, where links and headings are real. */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (m) => m.replace(/[[\]()#]/g, ' '));

/** GitHub's heading ids: lowercase, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const text = heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n ? `${base}-${n}` : base);
  }
  return ids;
}

function links(markdown: string): string[] {
  const text = prose(markdown);
  return [...text.matchAll(/\]\(([^)\s]+)\)|(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

describe('documents', () => {
  it.each(documents)('%s: every relative link and #anchor leads somewhere', (file) => {
    const broken: string[] = [];
    for (const link of links(read(file))) {
      if (/^([a-z]+:|\/)/i.test(link)) continue; // another site, or a page of the site in an example
      const [target, anchor] = link.split('#');
      const resolved = target ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target)) : file;
      if (!fs.existsSync(path.join(root, resolved))) broken.push(`${link} (no ${resolved})`);
      else if (anchor && resolved.endsWith('.md') && !headingIds(read(resolved)).has(decodeURIComponent(anchor)))
        broken.push(`${link} (no heading #${anchor} in ${resolved})`);
    }
    expect(broken).toEqual([]);
  });

  it.each(documents)('%s: at most 300 lines (the README 250), opening with a title and a short summary', (file) => {
    const lines = read(file).split('\n');
    expect(lines.length - 1).toBeLessThanOrEqual(file === 'README.md' ? 250 : 300);
    if (file.startsWith('docs/') || (file.startsWith('content/guide/') && !file.endsWith('reference.md'))) {
      expect(lines[0]).toMatch(/^# \S/);
      expect(lines[1]).toBe('');
      // The summary: one paragraph of at most two lines.
      expect(lines.slice(2, 5).filter(Boolean).length).toBeLessThanOrEqual(2);
      expect(lines[2]).not.toBe('');
    }
  });

  it('finds ids the way GitHub writes them', () => {
    const ids = headingIds('## 2. Two languages · 双语\n### `<Callout>` — a box\n## Notes\n## Notes\n');
    expect([...ids]).toEqual(['2-two-languages--双语', 'callout--a-box', 'notes', 'notes-1']);
  });

  it('catches a broken link', () => {
    expect(links('see [x](missing.md#a) and `[not](a link)`\n```\n[nor](this)\n```\n')).toEqual(['missing.md#a']);
  });
});
