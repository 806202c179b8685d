// Rules on one document's values: description length, the title's language,
// placeholder text left in a published file, terms the glossary replaces.
import type { Doc } from './document';
import { checkGlossary } from './glossary';
import type { Report } from './problems';
import { HAN, languageName, textWidth } from './text-helpers';

export const DESCRIPTION_MAX_WIDTH = 160;

export function checkDocumentRules(report: Report, doc: Doc, text: string, displayDir: string) {
  checkDescriptionLength(report, doc);
  checkTitleLanguage(report, doc, displayDir);
  if (!doc.draft) checkPlaceholders(report, doc, text);
  checkGlossary(report, doc, text);
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
    );
  } else if (locale === 'zh' && !HAN.test(doc.data.title)) {
    report.warn(
      doc.file,
      doc.fieldLines.title,
      'language',
      'the Chinese title has no Chinese characters',
      `translate it, or check that the file is in the right folder (${displayDir}/zh/ is Chinese)`,
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
    );
  }
}
