// The frontmatter of a page (between the two --- lines) or the whole YAML file
// of a resource: split off, parsed, checked field by field (fields.ts), and
// kept on the document with the line of each field.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document as YamlDocument, Node as YamlNode, YAMLMap } from 'yaml';
import type { Doc } from './document';
import { checkMap, checkUrls, type FieldContext, type Lines } from './fields';
import { addFrontmatterFacts } from './parity';
import type { Report } from './problems';

export interface SplitFile {
  yamlText: string;
  /** Lines before the YAML text in the file. */
  lineOffset: number;
  /** MDX only: the file with the frontmatter blanked out, so that MDX positions are file lines. */
  blanked?: string;
}

/** The YAML part of the file; undefined (and reported) when a page has no closed frontmatter. */
export function splitFile(report: Report, doc: Doc, text: string): SplitFile | undefined {
  if (doc.type.contentType === 'data') return { yamlText: text, lineOffset: 0 };
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') {
    report.error(
      doc.file,
      1,
      'frontmatter',
      'the file does not start with frontmatter',
      'start it with a line ---, then the fields (title: …), then another line ---; see content/guide/edit-a-page.md',
      { message: '文件没有以 frontmatter 开头', fix: '第一行写 ---，然后是各字段（title: …），再写一行 ---；见 content/guide/edit-a-page.md' },
    );
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (end < 0) {
    report.error(doc.file, 1, 'frontmatter', 'the frontmatter is not closed', 'add a line --- after the last field', {
      message: 'frontmatter 没有结束',
      fix: '在最后一个字段后面加一行 ---',
    });
    return undefined;
  }
  return { yamlText: lines.slice(1, end).join('\n'), lineOffset: 1, blanked: lines.map((l, i) => (i <= end ? '' : l)).join('\n') };
}

/** Parses and checks the fields; sets doc.data, doc.fieldLines, doc.itemLines and doc.draft. */
export function readFrontmatter(report: Report, doc: Doc, { yamlText, lineOffset }: SplitFile) {
  const counter = new LineCounter();
  const yamlDoc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf: Lines = (node, fallback) => (node?.range ? counter.linePos(node.range[0]).line + lineOffset : fallback);
  const typed = reportChineseKeyboard(report, doc.file, yamlText, lineOffset);
  if (yamlDoc.errors.length > 0) {
    for (const e of yamlDoc.errors) {
      const at = counter.linePos(e.pos[0]).line + lineOffset;
      if (typed.has(at)) continue;
      report.error(
        doc.file,
        at,
        'yaml-syntax',
        `${doc.type.contentType === 'data' ? 'YAML' : 'frontmatter'} syntax error: ${e.message.split('\n')[0]}`,
        yamlErrorFix(e.code).en,
        {
          message: `${doc.type.contentType === 'data' ? 'YAML' : 'frontmatter'} 语法错误：${e.message.split('\n')[0]}`,
          fix: yamlErrorFix(e.code).zh,
        },
      );
    }
  } else {
    readFields(report, doc, yamlDoc, lineOf);
    addFrontmatterFacts(doc, yamlText, lineOffset);
  }
  doc.draft = doc.data.draft === true;
}

/**
 * Typed with a Chinese keyboard: a full-width colon after a field name, or
 * full-width spaces before it. Returns the lines reported, whose YAML errors
 * would only repeat the point.
 */
function reportChineseKeyboard(report: Report, file: string, yamlText: string, lineOffset: number): Set<number> {
  const typed = new Set<number>();
  yamlText.split('\n').forEach((l, i) => {
    const at = i + 1 + lineOffset;
    const colon = /^[ \t\u3000]*(?:- )?([A-Za-z][\w]*)[ \u3000]*：/.exec(l);
    if (colon) {
      typed.add(at);
      report.error(
        file,
        at,
        'yaml-syntax',
        `"${colon[1]}" is followed by a Chinese colon (：)`,
        `write an English colon and a space: ${colon[1]}: …`,
        { message: `"${colon[1]}" 后面是中文冒号（：）`, fix: `改用英文冒号加一个空格：${colon[1]}: …` },
      );
    } else if (/^[ \t]*\u3000/.test(l)) {
      typed.add(at);
      report.error(
        file,
        at,
        'yaml-syntax',
        'the line is indented with a full-width space (全角空格)',
        'indent with normal spaces (two per level)',
        { message: '这一行用全角空格缩进', fix: '用普通空格缩进（每级两个）' },
      );
    }
  });
  return typed;
}

function yamlErrorFix(code: string): { en: string; zh: string } {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { en: 'the same field is written twice; keep one of them', zh: '同一个字段写了两次；只保留一个' };
    case 'TAB_AS_INDENT':
      return { en: 'indent with spaces, not tabs', zh: '用空格缩进，不要用 Tab' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        en: 'put the value in double quotes (needed when it contains ": " or starts with [ { * & ! | > \' " % @ `)',
        zh: '给值加上双引号（值里有 ": "，或以 [ { * & ! | > \' " % @ ` 开头时必须加）',
      };
    default:
      return {
        en: 'put text values in double quotes and indent list items and sub-fields with spaces; compare with content/guide/edit-a-page.md',
        zh: '文字值加双引号，列表项和子字段用空格缩进；对照 content/guide/edit-a-page.md',
      };
  }
}

/** Where problems of the frontmatter as a whole (a missing field) are reported. */
const FIRST_LINE = 1;

function readFields(report: Report, doc: Doc, yamlDoc: YamlDocument, lineOf: Lines) {
  const ctx: FieldContext = { report, file: doc.file, lineOf, typeName: doc.type.name, urls: [] };
  const contents = yamlDoc.contents as YamlNode | null;
  checkMap(ctx, doc.type.fields, contents, 'the frontmatter', FIRST_LINE);
  const data = yamlDoc.toJS() ?? {};
  doc.data = typeof data === 'object' && !Array.isArray(data) ? data : {};
  checkUrls(ctx, doc.data.draft === true);
  doc.fieldUrls = ctx.urls;
  if (isMap(contents)) recordFieldLines(doc, contents, lineOf);
}

function recordFieldLines(doc: Doc, contents: YAMLMap, lineOf: Lines) {
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    doc.fieldLines[name] = lineOf(pair.key, FIRST_LINE);
    if (isSeq(pair.value)) doc.itemLines[name] = pair.value.items.map((item) => lineOf(item as YamlNode, doc.fieldLines[name]));
  }
}

/** Case-study slugs in the frontmatter, for the cross-check: a pillar's "caseStudies", the home page's "proof" items. */
export function collectCaseStudyRefs(doc: Doc) {
  (Array.isArray(doc.data.caseStudies) ? doc.data.caseStudies : []).forEach((ref: unknown, i: number) => {
    const line = doc.itemLines.caseStudies?.[i] ?? doc.fieldLines.caseStudies;
    if (typeof ref === 'string') doc.caseStudyRefs.push({ slug: ref, line, via: '"caseStudies"' });
  });
  (Array.isArray(doc.data.proof) ? doc.data.proof : []).forEach((item: { caseStudy?: unknown }, i: number) => {
    const line = doc.itemLines.proof?.[i] ?? doc.fieldLines.proof;
    if (typeof item?.caseStudy === 'string') doc.caseStudyRefs.push({ slug: item.caseStudy, line, via: `"proof" item ${i + 1}` });
  });
}
