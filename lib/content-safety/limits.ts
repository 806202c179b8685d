// Limits beyond any real page, so that a file cannot make the build slow or
// huge: today's largest page is 8 KB with 12 headings. Checked by content:check
// and again by the MDX compile step (a page over them is refused, not cut).
import type { SafetyFinding } from './mdx';

export const LIMITS = {
  /** Bytes of one content file (MDX page or YAML resource). */
  fileBytes: 200_000,
  /** Headings on one page. */
  headings: 200,
  /** Items in one Markdown list. */
  listItems: 500,
  /** Characters of one frontmatter or YAML string value. */
  fieldChars: 4_000,
} as const;

type Node = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const tooLarge = (line: number, message: string, fix: string, zh: SafetyFinding['zh']): SafetyFinding => ({
  line,
  rule: 'too-large',
  message,
  fix,
  zh,
});

export function fileSizeFinding(bytes: number): SafetyFinding | undefined {
  if (bytes <= LIMITS.fileBytes) return undefined;
  const kb = (n: number) => `${Math.round(n / 1000)} KB`;
  return tooLarge(
    1,
    `the file is ${kb(bytes)}, over the limit of ${kb(LIMITS.fileBytes)} for one page`,
    'split it into several pages, or move long data out of the text',
    { message: `文件有 ${kb(bytes)}，超过单个页面 ${kb(LIMITS.fileBytes)} 的上限`, fix: '把它拆成几个页面，或把大段数据移出正文' },
  );
}

/** Heading count and list length of an MDX body (mdast). */
export function treeLimitFindings(tree: Node): SafetyFinding[] {
  const out: SafetyFinding[] = [];
  let headings = 0;
  const visit = (node: Node) => {
    if (node.type === 'heading' && ++headings === LIMITS.headings + 1)
      out.push(
        tooLarge(
          node.position?.start?.line ?? 1,
          `more than ${LIMITS.headings} headings on one page (this is heading ${headings})`,
          'split the page into several pages',
          { message: `一个页面上的标题超过 ${LIMITS.headings} 个（这是第 ${headings} 个）`, fix: '把这个页面拆成几个页面' },
        ),
      );
    if (node.type === 'list' && (node.children?.length ?? 0) > LIMITS.listItems)
      out.push(
        tooLarge(
          node.position?.start?.line ?? 1,
          `a list of ${node.children.length} items, over the limit of ${LIMITS.listItems}`,
          'shorten the list, or split it under several headings',
          { message: `列表有 ${node.children.length} 项，超过 ${LIMITS.listItems} 项的上限`, fix: '缩短列表，或分到几个标题下' },
        ),
      );
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
