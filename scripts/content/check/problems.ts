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
  | 'url-placeholder'
  | 'not-https'
  | 'duplicate-route'
  | 'duplicate-url'
  | 'duplicate-order'
  | 'order-mismatch'
  | 'no-route'
  | 'translation-missing'
  | 'translation-behind'
  | 'updated-stale'
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
  | 'html-element'
  | 'html-attribute'
  | 'url-scheme'
  | 'too-large'
  | 'symlink'
  | 'yaml-alias'
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
  | 'attribution-missing'
  | 'attribution-unknown'
  | 'source-unknown'
  | 'glossary'
  | 'workload-unknown'
  | 'section-missing'
  | 'proof-not-result'
  | 'pillar-mismatch'
  | 'messages-syntax'
  | 'messages-missing';

/**
 * Every problem is written in English and in Chinese: the terminal prints
 * English (Chinese when LANG starts with zh), the preview the page's language.
 * A rule passes both to report.error/warn; the Chinese one is a required
 * argument, so a rule without it does not type-check
 * (tests/unit/content-check-languages.test.ts also checks every fixture's problems).
 * File paths, field names and values stay as written in both.
 */
export interface Translation {
  message: string;
  fix: string;
}
export type ProblemLanguage = 'en' | 'zh';

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
  /** The same in Chinese. */
  zh: Translation;
}

/** The problem's message and fix in `language`. */
export const inLanguage = (p: Problem, language: ProblemLanguage): Translation =>
  language === 'zh' ? p.zh : { message: p.message, fix: p.fix };

/** The terminal's language: Chinese when LANG (or LC_ALL) starts with zh, else English. */
export const terminalLanguage = (env: Record<string, string | undefined> = process.env): ProblemLanguage =>
  /^zh/i.test(env.LC_ALL || env.LANG || '') ? 'zh' : 'en';

/** `file:line — what is wrong — how to fix it` */
export function formatProblem(p: Problem, language: ProblemLanguage = 'en'): string {
  const { message, fix } = inLanguage(p, language);
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${message} — ${fix}`;
}

/**
 * A GitHub Actions workflow command (`::error file=…,line=…::…`): the run's
 * log shows it, and the pull request shows it on that line of the file.
 * Escaped as the runner reads them: %, CR and LF everywhere, also : and , in properties.
 */
export function githubAnnotation(p: Problem, language: ProblemLanguage = 'en'): string {
  const { message, fix } = inLanguage(p, language);
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${property(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${property(`content:check ${p.rule}`)}`];
  return `::${p.severity} ${props.join(',')}::${data(`${message} — ${fix}`)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}

/** Collects the problems of one run; every rule writes to it. */
export class Report {
  problems: Problem[] = [];
  error(file: string, line: number | undefined, rule: RuleId, message: string, fix: string, zh: Translation) {
    this.problems.push({ severity: 'error', file, line, rule, message, fix, zh });
  }
  warn(file: string, line: number | undefined, rule: RuleId, message: string, fix: string, zh: Translation) {
    this.problems.push({ severity: 'warning', file, line, rule, message, fix, zh });
  }
}
