// `npm run format`'s normaliser (lib/editor/normalize-frontmatter.ts): a file
// the browser editor saved without a change comes back byte for byte, and the
// content as written by hand is left alone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeContentFile } from '@/lib/editor/normalize-frontmatter';

describe('normalizeContentFile', () => {
  it('puts back what the editor changed in a saved but unchanged case study', () => {
    const saved = fs.readFileSync('tests/fixtures/editor-saved/spotify.zh.mdx', 'utf8');
    // A copy of content/zh/case-studies/spotify.mdx as the editor opened it, so that editing the page does not break this test.
    const original = fs.readFileSync('tests/fixtures/editor-saved/spotify.zh.original.mdx', 'utf8');
    expect(saved).not.toBe(original); // quoted dates, default values written out
    expect(saved).toMatch(/^updated: "\d{4}-\d\d-\d\d"$/m);
    expect(normalizeContentFile('x.mdx', saved)).toBe(original);
  });

  it('leaves every content file as written', () => {
    const files = fs.readdirSync('content', { recursive: true }).map((f) => path.join('content', String(f)));
    const content = files.filter((f) => /\.(mdx|yaml)$/.test(f));
    expect(content.length).toBeGreaterThan(30);
    for (const file of content) expect(normalizeContentFile(file, fs.readFileSync(file, 'utf8')), file).toBe(fs.readFileSync(file, 'utf8'));
  });

  it('keeps a true value, a list item’s first line and the body', () => {
    const text = [
      '---',
      'draft: true',
      'sources:',
      '  - summary: false',
      '    title: "x"',
      '---',
      '',
      'draft: false',
      'updated: "2026-01-01"',
      '',
    ].join('\n');
    expect(normalizeContentFile('a.mdx', text)).toBe(text);
    expect(normalizeContentFile('a.yaml', 'kind: blog\narchived: false\ndraft: false\n')).toBe('kind: blog\n');
    // Slugs bare in caseStudies, as the guide writes them; other lists keep their quotes.
    const pillar = ['---', 'caseStudies:', '  - "spotify"', 'rayLibraries:', '  - "ray-train"', '---', ''].join('\n');
    expect(normalizeContentFile('p.mdx', pillar)).toBe(pillar.replace('"spotify"', 'spotify'));
  });
});
