import GithubSlugger from 'github-slugger';

export type TocEntry = { depth: 2 | 3; text: string; id: string };

/**
 * Headings (## and ###) of an MDX body, with the ids that rehype-slug will
 * give them (both use github-slugger, so the anchors match).
 * Fenced code blocks are skipped so that a "## " inside code is no heading.
 */
export function extractToc(markdown: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const depth = match[1].length;
    // Plain text of the heading: drop link syntax, emphasis and inline code marks.
    const text = match[2]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    const id = slugger.slug(text); // every heading advances the slugger, as in rehype-slug
    if (depth === 2 || depth === 3) toc.push({ depth, text, id });
  }
  return toc;
}
