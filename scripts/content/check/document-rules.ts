// Rules on one document's values: description length, the title's language,
// placeholder text left in a published file, terms the glossary replaces.
import type { Doc } from './document';
import { checkCaseStudySections, checkWorkloads } from './case-study-fit';
import { checkGlossary } from './glossary';
import type { Report } from './problems';
import { HAN, languageName, languageNameZh, textWidth } from './text-helpers';

export const DESCRIPTION_MAX_WIDTH = 160;

export function checkDocumentRules(report: Report, doc: Doc, text: string, displayDir: string) {
  checkDescriptionLength(report, doc);
  checkTitleLanguage(report, doc, displayDir);
  if (!doc.draft) checkPlaceholders(report, doc, text);
  checkGlossary(report, doc, text);
  checkWorkloads(report, doc);
  checkCaseStudySections(report, doc, text);
}

function checkDescriptionLength(report: Report, doc: Doc) {
  if (typeof doc.data.description !== 'string') return;
  const width = textWidth(doc.data.description);
  if (width > DESCRIPTION_MAX_WIDTH) {
    report.warn(
      doc.file,
      doc.fieldLines.description,
      'description-long',
      `"description" is ${width} characters long (a Chinese character counts as two); search results cut it after ${DESCRIPTION_MAX_WIDTH}`,
      `shorten it to one or two sentences of at most ${DESCRIPTION_MAX_WIDTH} characters (about ${DESCRIPTION_MAX_WIDTH / 2} Chinese characters)`,
      {
        message: `"description" 长 ${width} 个字符（一个汉字算两个）；搜索结果在 ${DESCRIPTION_MAX_WIDTH} 个字符后截断`,
        fix: `缩短为一两句话，最多 ${DESCRIPTION_MAX_WIDTH} 个字符（约 ${DESCRIPTION_MAX_WIDTH / 2} 个汉字）`,
      },
    );
  }
}

function checkTitleLanguage(report: Report, doc: Doc, displayDir: string) {
  const { locale } = doc;
  if (!locale || typeof doc.data.title !== 'string') return;
  if (locale !== 'zh' && HAN.test(doc.data.title)) {
    report.warn(
      doc.file,
      doc.fieldLines.title,
      'language',
      `the ${languageName(locale)} title contains Chinese characters`,
      `translate it, or check that the file is in the right folder (${displayDir}/${locale}/ is ${languageName(locale)})`,
      {
        message: `${languageNameZh(locale)}标题里有汉字`,
        fix: `翻译它，或检查文件是否放对了文件夹（${displayDir}/${locale}/ 是${languageNameZh(locale)}）`,
      },
    );
  } else if (locale === 'zh' && !HAN.test(doc.data.title)) {
    report.warn(
      doc.file,
      doc.fieldLines.title,
      'language',
      'the Chinese title has no Chinese characters',
      `translate it, or check that the file is in the right folder (${displayDir}/zh/ is Chinese)`,
      { message: '中文标题里没有汉字', fix: `翻译它，或检查文件是否放对了文件夹（${displayDir}/zh/ 是中文）` },
    );
  }
}

/** A published file has no TODO left (the `npm run new` templates are full of them). */
function checkPlaceholders(report: Report, doc: Doc, text: string) {
  const todoLines = text.split(/\r?\n/).flatMap((l, i) => (/\bTODO\b/.test(l) ? [i + 1] : []));
  if (todoLines.length > 0) {
    report.error(
      doc.file,
      todoLines[0],
      'placeholder',
      `still has placeholder text (TODO) on line${todoLines.length > 1 ? 's' : ''} ${todoLines.join(', ')}, and it is not a draft`,
      'replace every TODO with real text, or keep draft: true until it is ready',
      {
        message: `第 ${todoLines.join('、')} 行还有占位文字（TODO），但它不是草稿`,
        fix: '把每个 TODO 换成真实内容，或在完成前保留 draft: true',
      },
    );
  }
}
