// Translations that fell behind, and `updated` dates that no longer tell the
// truth, from the translation record (content/translations.json,
// lib/translations/). Warnings only: a page behind its translation still
// builds, and shows its readers a notice.
import { pairsOf, type PagePair } from '../../../lib/translations/pairs';
import { localDay } from '../../../lib/dates';
import { pairState, staleDates } from '../../../lib/translations/status';
import type { Doc } from './document';
import type { CheckInput } from './input';
import type { Report } from './problems';
import { languageName, languageNameZh } from './text-helpers';

export function checkTranslationStatus(report: Report, docs: Doc[], input: CheckInput) {
  const record = input.translationRecord;
  if (!record) return;
  const docOf = new Map(docs.map((d) => [d.rel, d]));
  const shown = (rel: string) => `${input.displayDir}/${rel}`;
  // A file with an error gets that error fixed first: its translation status would only add noise.
  const withErrors = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  for (const pair of pairsOf(input.files, input.locales)) {
    const pairDocs = Object.values(pair.files).map((rel) => docOf.get(rel));
    if (pairDocs.some((d) => !d || d.draft)) continue; // drafts are compared when published
    if (pairDocs.some((d) => withErrors.has(d!.file))) continue;
    const entry = record.pages[pair.route];
    const state = pairState(pair.digests, entry);
    const mark = (locale: string) => `npm run translations -- --mark ${shown(pair.files[locale])}`;
    if (pair.route.startsWith('resources/')) {
      resourceWarning(report, shown(pair.files[input.locales[0]]), state);
      continue;
    }
    if (state.kind === 'ahead') {
      const [ahead, behind] = [shown(pair.files[state.ahead]), shown(pair.files[state.behind])];
      report.warn(
        behind,
        undefined,
        'translation-behind',
        `the ${languageName(state.ahead)} version ${ahead} changed since the two were last marked in sync (${state.syncedOn}): this ${languageName(state.behind)} page may be behind, and shows its readers a notice saying so`,
        `bring ${behind} in line with ${ahead}, then run: ${mark(state.behind)}`,
        {
          message: `${languageNameZh(state.ahead)}版 ${ahead} 在两者上次标记同步（${state.syncedOn}）之后有改动：这个${languageNameZh(state.behind)}页面可能落后了，页面上会向读者显示提示`,
          fix: `把 ${behind} 改到与 ${ahead} 一致，然后运行：${mark(state.behind)}`,
        },
      );
    } else if (state.kind === 'conflict') {
      const [a, b] = Object.keys(pair.files);
      for (const [mine, theirs] of [
        [a, b],
        [b, a],
      ])
        report.warn(
          shown(pair.files[mine]),
          undefined,
          'translation-behind',
          `both ${shown(pair.files[mine])} and ${shown(pair.files[theirs])} changed since they were last marked in sync (${state.syncedOn}): each may lack the other's changes`,
          `make the two say the same, then run: ${mark(mine)}`,
          {
            message: `${shown(pair.files[mine])} 和 ${shown(pair.files[theirs])} 在上次标记同步（${state.syncedOn}）之后都有改动：两边可能都缺少对方的修改`,
            fix: `让两个文件内容一致，然后运行：${mark(mine)}`,
          },
        );
    } else if (state.kind === 'not marked') {
      const files = Object.values(pair.files).map(shown).join(' and ');
      const first = Object.keys(pair.files)[0];
      report.warn(
        shown(pair.files[first]),
        undefined,
        'translation-behind',
        `${files} are not in the translation record (${input.displayDir}/translations.json), so nobody is told when one falls behind`,
        `when the two say the same, run: ${mark(first)}`,
        {
          message: `${files} 不在翻译记录（${input.displayDir}/translations.json）里，其中一个落后时不会有人知道`,
          fix: `两个文件内容一致后，运行：${mark(first)}`,
        },
      );
    }
    checkDates(report, pair, entry && staleDates(pair.digests, entry, localDay()), entry?.syncedOn, docOf, shown);
  }
}

/** A resource holds both languages: its halves are compared. */
function resourceWarning(report: Report, file: string, state: ReturnType<typeof pairState>) {
  const mark = `npm run translations -- --mark ${file}`;
  if (state.kind === 'ahead')
    report.warn(
      file,
      undefined,
      'translation-behind',
      `the ${languageName(state.ahead)} texts (the ${state.ahead}: lines) changed since the two languages were last marked in sync (${state.syncedOn}): the ${languageName(state.behind)} ones may be behind`,
      `bring the ${state.behind}: texts in line, then run: ${mark}`,
      {
        message: `${languageNameZh(state.ahead)}文字（${state.ahead}: 行）在两种语言上次标记同步（${state.syncedOn}）之后有改动：${languageNameZh(state.behind)}文字可能落后了`,
        fix: `把 ${state.behind}: 的文字改到一致，然后运行：${mark}`,
      },
    );
  else if (state.kind === 'conflict')
    report.warn(
      file,
      undefined,
      'translation-behind',
      `both languages' texts changed since they were last marked in sync (${state.syncedOn}): each may lack the other's changes`,
      `make the two say the same, then run: ${mark}`,
      {
        message: `两种语言的文字在上次标记同步（${state.syncedOn}）之后都有改动：两边可能都缺少对方的修改`,
        fix: `让两种语言的文字一致，然后运行：${mark}`,
      },
    );
  else if (state.kind === 'not marked')
    report.warn(file, undefined, 'translation-behind', 'this resource is not in the translation record yet', `when its two languages say the same, run: ${mark}`, {
      message: '这个资源还不在翻译记录里',
      fix: `两种语言的文字一致后，运行：${mark}`,
    });
}

/** Content changed since the last mark, `updated` did not: the date now understates the change. */
function checkDates(
  report: Report,
  pair: PagePair,
  stale: string[] | undefined,
  syncedOn: string | undefined,
  docOf: Map<string, Doc>,
  shown: (rel: string) => string,
) {
  const today = localDay(); // the author's day: in Beijing before 08:00 the UTC date is yesterday
  for (const locale of stale ?? []) {
    const doc = docOf.get(pair.files[locale])!;
    const updated = pair.digests[locale].updated;
    const file = shown(pair.files[locale]);
    report.warn(
      file,
      doc.fieldLines.updated,
      'updated-stale',
      `the content changed since ${syncedOn} (formatting aside), but "updated" is still ${updated}: readers, the sitemap and the feeds are told it did not change`,
      `set updated: ${today} (the day of the change; that clears this warning), then record the translation with: npm run translations -- --mark ${file}`,
      {
        message: `内容在 ${syncedOn} 之后有改动（不算格式调整），但 "updated" 仍是 ${updated}：读者、站点地图和订阅源都会以为它没有变`,
        fix: `改成 updated: ${today}（改动的日期；改后这条警告即消失），再运行 npm run translations -- --mark ${file} 记录翻译状态`,
      },
    );
  }
}
