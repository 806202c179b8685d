// checkContent(): every rule over a set of files, file by file and then across
// them. Pure: the input says what is on disk (files.ts reads it).
import { crossCheck } from './cross-check';
import { documentOf, typePatterns, type Doc, type TypePattern } from './document';
import { checkDocumentRules } from './document-rules';
import { collectCaseStudyRefs, readFrontmatter, splitFile } from './frontmatter';
import type { CheckInput, ContentFile } from './input';
import { fileSizeFinding } from '../../../lib/content-safety/limits';
import { checkBody } from './mdx-body';
import { checkMessages } from './messages';
import { Report, sortProblems, type Problem } from './problems';

/**
 * What the file-by-file rules found, by file, kept between runs of the same
 * project (the dev preview checks on every save): a file whose text has not
 * changed is not parsed again. The rules across files always run in full.
 */
export type FileResults = Map<string, { text: string; doc?: Doc; problems: Problem[] }>;

export function checkContent(input: CheckInput, previous?: FileResults): Problem[] {
  const report = new Report();
  const patterns = typePatterns(input.model);
  const componentNames = new Set(input.componentNames);
  const docs = input.files.flatMap((file) => {
    const kept = previous?.get(file.rel);
    if (kept && kept.text === file.text) {
      report.problems.push(...kept.problems);
      return kept.doc ?? [];
    }
    const own = new Report();
    const doc = checkFile(own, input, patterns, componentNames, file);
    previous?.set(file.rel, { text: file.text, doc, problems: own.problems });
    report.problems.push(...own.problems);
    return doc ?? [];
  });
  if (previous) {
    const present = new Set(input.files.map((f) => f.rel));
    for (const rel of previous.keys()) if (!present.has(rel)) previous.delete(rel);
  }
  crossCheck(report, docs, input);
  if (input.messages) checkMessages(report, input.messages, input.locales);
  return sortProblems(report.problems);
}

/** One file on its own: where it lives, its frontmatter, its values, its MDX body. */
function checkFile(
  report: Report,
  input: CheckInput,
  patterns: TypePattern[],
  componentNames: Set<string>,
  { rel, text: raw }: ContentFile,
): Doc | undefined {
  const doc = documentOf(report, input, patterns, rel);
  if (!doc) return undefined;
  // Over the size limit: reported, and not parsed (a huge file would only slow the check down).
  const tooLarge = fileSizeFinding(Buffer.byteLength(raw, 'utf8'));
  if (tooLarge) {
    report.error(doc.file, tooLarge.line, tooLarge.rule, tooLarge.message, tooLarge.fix, tooLarge.zh);
    return doc;
  }
  const text = raw.replace(/^\uFEFF/, '');
  const split = splitFile(report, doc, text);
  if (!split) return doc;
  readFrontmatter(report, doc, split);
  checkDocumentRules(report, doc, text, input.displayDir);
  if (split.blanked !== undefined) checkBody(report, doc, split.blanked, componentNames);
  collectCaseStudyRefs(doc);
  return doc;
}
