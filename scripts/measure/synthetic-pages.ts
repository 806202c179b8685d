// Synthetic "Why Ray" pages for scale measurements (bench:scale): real
// sentences of each locale's content, shuffled with a fixed seed, so an index
// grows with real words in both languages and every run writes the same pages.
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '../../i18n/routing';

export const mdxFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((e) => (e.isFile() && e.name.endsWith('.mdx') ? [path.join(e.parentPath, e.name)] : []));

/** Plain prose sentences of a locale's bodies: no markup, links, components, tables or numbers (the content check compares a page's numbers across languages). */
function sentences(dir: string, zh: boolean) {
  const prose = mdxFiles(dir)
    .map((f) => fs.readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .flatMap((body) => body.split('\n'))
    .filter((line) => line.trim() && !/[<>{}[\]|#`*_\\]/.test(line) && !/^\s*-/.test(line));
  const split = zh ? /(?<=[。！？])/ : /(?<=[.!?])\s+/;
  return prose
    .flatMap((line) => line.split(split))
    .map((s) => s.trim())
    .filter((s) => s.length > (zh ? 8 : 30) && !/\d/.test(s));
}

/** A small deterministic generator (mulberry32), so every run builds the same pages. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` pages per locale into <dir>/content/<locale>/why-ray/bench-<i>.mdx. */
export function addPages(dir: string, count: number) {
  for (const locale of routing.locales) {
    const zh = locale === 'zh';
    const pool = sentences(path.join(dir, 'content', locale), zh);
    const next = random(21);
    const pick = (n: number) => Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]);
    const join = (xs: string[]) => xs.join(zh ? '' : ' ');
    const title = (s: string) =>
      s
        .replace(/[。.!?！？,，;；:：]+$/, '')
        .slice(0, zh ? 24 : 60)
        .trim();
    for (let i = 1; i <= count; i++) {
      const sections = Array.from({ length: 3 }, () => `## ${title(pick(1)[0])}\n\n${join(pick(4))}\n\n${join(pick(4))}\n`);
      const description = join(pick(1)).slice(0, zh ? 80 : 160);
      const front = [
        '---',
        `title: ${JSON.stringify(`${title(pick(1)[0])} ${i}`)}`,
        `description: ${JSON.stringify(description)}`,
        'updated: 2026-12-01',
        `order: ${100 + i}`,
        `summary: ${JSON.stringify(description)}`,
        'caseStudies:\n  - spotify',
        '---',
      ];
      fs.writeFileSync(
        path.join(dir, 'content', locale, 'why-ray', `bench-${i}.mdx`),
        `${front.join('\n')}\n\n${join(pick(3))}\n\n${sections.join('\n')}`,
      );
    }
  }
}
