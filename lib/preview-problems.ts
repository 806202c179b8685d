// The content check's current problems, for the preview (`npm run dev`) only.
// scripts/dev/dev.ts runs the check on every save under content/ and messages/
// (scripts/dev/check-on-save.ts) and writes the result as JSON to the file
// named by CONTENT_PROBLEMS_FILE, which it sets for next dev. Pages read it on
// every request (a few KB), so a fix shows on the next load without a restart.
// In a production build NODE_ENV is 'production': every function here returns
// nothing, and the code behind the check is dropped from the bundle.
import fs from 'node:fs';

/** One problem, as `npm run content:check` reports it (scripts/content/check/problems.ts). */
export interface PreviewProblem {
  severity: 'error' | 'warning';
  /** content/en/why-ray.mdx */
  file: string;
  line?: number;
  rule: string;
  message: string;
  fix: string;
  /** The same in Chinese (the check writes every problem in both languages). */
  zh: { message: string; fix: string };
}

interface Snapshot {
  /** The content folder as the problems name it ("content"). */
  contentDir: string;
  problems: PreviewProblem[];
}

/**
 * After these errors the preview cannot show the page as saved: Contentlayer
 * keeps its last version that worked (frontmatter and MDX syntax, fields of
 * the wrong kind, imports), or the text fails to render (an unknown
 * component, an undefined {name}).
 */
const CANNOT_SHOW = new Set([
  'frontmatter',
  'yaml-syntax',
  'field-missing',
  'field-type',
  'field-unknown',
  'mdx-syntax',
  'mdx-import',
  'mdx-expression',
  'component-unknown',
]);

function readSnapshot(): Snapshot | undefined {
  if (process.env.NODE_ENV === 'production') return undefined;
  const file = process.env.CONTENT_PROBLEMS_FILE;
  if (!file) return undefined; // next dev started without scripts/dev/dev.ts
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return undefined; // not written yet
  }
}

export interface PageProblems {
  /** Whether the check on save has run (npm run dev, not a bare next dev). */
  checked: boolean;
  /** The content folder as the problems name it ("content"). */
  contentDir: string;
  /** The page's own file (content/en/why-ray.mdx) and its problems. */
  file?: string;
  own: PreviewProblem[];
  /** The problems of every other file. */
  others: PreviewProblem[];
}

/** Every current problem, the page's own file's apart. `sourceFilePath`: Contentlayer's, relative to the content folder. */
export function previewProblems(sourceFilePath?: string): PageProblems {
  const snapshot = readSnapshot();
  const contentDir = snapshot?.contentDir ?? 'content';
  const file = sourceFilePath ? `${contentDir}/${sourceFilePath}` : undefined;
  const problems = snapshot?.problems ?? [];
  return {
    checked: !!snapshot,
    contentDir,
    file,
    own: problems.filter((p) => p.file === file),
    others: problems.filter((p) => p.file !== file),
  };
}

/**
 * Why the preview cannot show this page's text as saved: its file's errors
 * that Contentlayer or the MDX renderer cannot get past, or else the error
 * that `tryRender` (rendering the compiled MDX once) throws. Empty: it can.
 */
export function problemsHidingPage(sourceFilePath: string, tryRender: () => unknown): PreviewProblem[] {
  if (process.env.NODE_ENV === 'production') return [];
  const { own, file = sourceFilePath, checked } = previewProblems(sourceFilePath);
  const blocking = own.filter((p) => p.severity === 'error' && CANNOT_SHOW.has(p.rule));
  if (blocking.length) return blocking;
  try {
    tryRender();
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `the text does not render: ${reason}`;
    // The check read the file as saved and found it fine: next dev still has an older version of it.
    // (It sometimes keeps one when a file goes back to an earlier text, e.g. after an undo.)
    if (checked && !own.some((p) => p.severity === 'error')) {
      return [
        {
          severity: 'error',
          file,
          rule: 'render',
          message: `${message} (in an older version of the file: the check finds your saved file fine)`,
          fix: 'reload in a few seconds; if this stays, save the file again with a small change (e.g. a space at the end of a line), or restart npm run dev',
          zh: {
            message: `正文无法显示：${reason}（这是文件的旧版本：检查认为你保存的文件没有问题）`,
            fix: '几秒后刷新；如果还是这样，对文件做个小改动再保存（例如在行尾加个空格），或重新运行 npm run dev',
          },
        },
      ];
    }
    // Something the checker does not know of (it knows unknown components and names): the renderer's words.
    return [
      {
        severity: 'error',
        file,
        rule: 'render',
        message,
        fix: 'undo your last change to this file, or compare it with the examples in content/guide/components.md; then save again',
        zh: {
          message: `正文无法显示：${reason}`,
          fix: '撤销你对这个文件的最后一次修改，或对照 content/guide/components.md 里的示例，然后再保存',
        },
      },
    ];
  }
}
