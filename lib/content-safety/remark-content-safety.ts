// The MDX compile step's own guard (lib/content-model.ts hands it to
// Contentlayer): the rules of mdx.ts and limits.ts run on every page before
// it is turned into code, so `contentlayer2 build`, `next build` and
// `npm run dev` refuse a page that holds code even when content:check was
// skipped. The error names file:line and the fix, in English and Chinese.
import { fileSizeFinding, treeLimitFindings } from './limits';
import { mdxSafetyFindings, type SafetyFinding } from './mdx';

type Tree = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
type VFileLike = { value?: unknown; path?: string; data: Record<string, unknown> };

/** "content/zh/x.mdx:3 — message — fix" in both languages, one finding a line. */
export function formatFindings(file: string, findings: SafetyFinding[]): string {
  return findings.map((f) => `${file}:${f.line} — ${f.message} — ${f.fix}\n${file}:${f.line} — ${f.zh.message} — ${f.zh.fix}`).join('\n');
}

/** Every finding of a page's MDX tree (and of its source text's size). */
export function compileFindings(tree: Tree, source: string): SafetyFinding[] {
  const size = fileSizeFinding(Buffer.byteLength(source, 'utf8'));
  return [...(size ? [size] : []), ...treeLimitFindings(tree), ...mdxSafetyFindings(tree, { mode: 'compile' })];
}

export class ContentSafetyError extends Error {
  override name = 'ContentSafetyError';
}

/**
 * Refuses a page holding code: throws, so the build stops. Under `npm run dev`
 * (scripts/dev/dev.ts sets CONTENT_SAFETY=show), the page's body is replaced by
 * the findings as plain text instead, so that one refused page does not stop
 * Contentlayer from generating the others; none of the refused code is compiled either way.
 */
export function remarkContentSafety() {
  return (tree: Tree, file: VFileLike) => {
    const findings = compileFindings(tree, String(file.value ?? ''));
    if (findings.length === 0) return;
    const name = (file.data.rawDocumentData as { sourceFilePath?: string } | undefined)?.sourceFilePath;
    const where = name ? `content/${name}` : (file.path ?? 'MDX');
    if (process.env.CONTENT_SAFETY === 'show') {
      const text = `${where}: refused, content is data / 内容是数据，已拒绝\n${formatFindings(where, findings)}`;
      tree.children = text.split('\n').map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] }));
      console.error(text);
      return;
    }
    // Frontmatter lines come before the body Contentlayer compiles: the lines here are the file's.
    throw new ContentSafetyError(
      `refused to compile ${where}: content is data, not code (content/guide/fix-content-check.md)\n${formatFindings(where, findings)}`,
    );
  };
}
