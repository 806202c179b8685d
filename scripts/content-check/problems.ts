// What the check reports: one Problem per finding, with the file, the line,
// what is wrong and how to fix it.

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'file-unknown'
  | 'file-ignored'
  | 'file-name'
  | 'frontmatter'
  | 'yaml-syntax'
  | 'field-missing'
  | 'field-empty'
  | 'field-type'
  | 'field-unknown'
  | 'url-invalid'
  | 'not-https'
  | 'duplicate-route'
  | 'duplicate-url'
  | 'duplicate-order'
  | 'order-mismatch'
  | 'no-route'
  | 'translation-missing'
  | 'link-missing'
  | 'link-draft'
  | 'link-anchor'
  | 'link-locale'
  | 'link-relative'
  | 'image-missing'
  | 'image-alt'
  | 'image-external'
  | 'image-unreadable'
  | 'image-animated'
  | 'image-large'
  | 'embed-blocked'
  | 'component-unknown'
  | 'component-prop'
  | 'mdx-syntax'
  | 'mdx-import'
  | 'mdx-expression'
  | 'heading-h1'
  | 'case-study-missing'
  | 'case-study-draft'
  | 'description-long'
  | 'placeholder'
  | 'language'
  | 'parity'
  | 'messages-syntax'
  | 'messages-missing';

export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes, e.g. content/zh/deployment.mdx. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  rule: RuleId;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `file:line — what is wrong — how to fix it` */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.message} — ${p.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}

/** Collects the problems of one run; every rule writes to it. */
export class Report {
  problems: Problem[] = [];
  error(file: string, line: number | undefined, rule: RuleId, message: string, fix: string) {
    this.problems.push({ severity: 'error', file, line, rule, message, fix });
  }
  warn(file: string, line: number | undefined, rule: RuleId, message: string, fix: string) {
    this.problems.push({ severity: 'warning', file, line, rule, message, fix });
  }
}
