// `npm run translations`: which pages' translations are behind. One row per
// page (and per resource: its zh and en texts in one file): its route and state (in sync, zh ahead, en ahead, conflict, zh only,
// en only, not marked). Always exits 0 unless the arguments are wrong.
//
//   npm run translations                      the table
//   npm run translations -- --json            the same for tools
//   npm run translations -- --mark <file|folder>…
//        records that these pages' two files now say the same: a file marks
//        its page; a folder (content/en/case-studies, content) every page with
//        a file under it: the lead's re-baseline after a merge that edited both
//
// The record is content/translations.json (lib/translations/record.ts).
import path from 'node:path';
import fs from 'node:fs';
import { routing } from '../../i18n/routing';
import { contentSource } from '../../lib/content-model';
import { readPairs, type PagePair } from '../../lib/translations/pairs';
import { emptyRecord, markPair, readRecord, writeRecord, RECORD_FILE } from '../../lib/translations/record';
import { pairState, staleDates, stateLabel, type PairState } from '../../lib/translations/status';
import { localDay } from '../../lib/dates';

const locales = routing.locales;
const root = process.cwd();
const contentDir = path.join(root, contentSource.contentDirPath);
const display = (rel: string) => `${contentSource.contentDirPath}/${rel}`;
const today = () => localDay(); // the author's day, not UTC's

function parseArgs(argv: string[]): { json: boolean; mark: string[] } {
  const options = { json: false, mark: [] as string[] };
  let marking = false;
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--mark') marking = true;
    else if (arg === '--help' || arg === '-h') throw new Error('usage');
    else if (marking && !arg.startsWith('-')) options.mark.push(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (marking && options.mark.length === 0) throw new Error('--mark needs a file or folder, e.g. --mark content/en/case-studies/spotify.mdx');
  return options;
}

/** The pairs that `target` (a file or folder, relative to the working directory) names; throws when it names none. */
function pairsNamed(target: string, pairs: PagePair[]): PagePair[] {
  const abs = path.resolve(root, target);
  const rel = path.relative(contentDir, abs).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel) || !fs.existsSync(abs))
    throw new Error(`${target}: no such file or folder under ${contentSource.contentDirPath}/`);
  const isFolder = fs.statSync(abs).isDirectory();
  const named = pairs.filter((p) => Object.values(p.files).some((f) => (isFolder ? rel === '' || f.startsWith(rel + '/') : f === rel)));
  if (named.length === 0) throw new Error(`${target}: not a page (an .mdx file under ${contentSource.contentDirPath}/zh or /en) or resource, nor a folder holding one`);
  return named;
}

function describe(state: PairState, pair: PagePair): string {
  if (state.kind === 'ahead')
    return `${state.behind} last in sync ${state.syncedOn}; when ${display(pair.files[state.behind])} is brought in line: npm run translations -- --mark ${display(pair.files[state.behind])}`;
  if (state.kind === 'conflict')
    return `both edited since ${state.syncedOn}; bring them in line, then: npm run translations -- --mark ${display(Object.values(pair.files)[0])}`;
  if (state.kind === 'not marked') return `new; when both languages say the same: npm run translations -- --mark ${display(Object.values(pair.files)[0])}`;
  if (state.kind === 'in sync') return `since ${state.syncedOn}`;
  return '';
}

function main(argv = process.argv.slice(2)): number {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv);
  } catch (error) {
    const message = (error as Error).message;
    if (message !== 'usage') console.error(`translations: ${message}`);
    console.error('usage: npm run translations [-- --json] [-- --mark <file|folder>…]');
    return message === 'usage' ? 0 : 2;
  }
  const pairs = readPairs(contentDir, locales);
  let record = emptyRecord();
  try {
    record = readRecord(contentDir) ?? record;
  } catch (error) {
    const broken = `${contentSource.contentDirPath}/${(error as Error).message}`;
    // A merge conflict in the record: a mark of everything starts it afresh; anything less would lose entries.
    if (!options.mark.includes(contentSource.contentDirPath)) {
      console.error(`translations: ${broken}. Check that each pair says the same, then re-baseline: npm run translations -- --mark ${contentSource.contentDirPath}`);
      return 2;
    }
    console.error(`translations: ${broken}: writing it afresh.`);
  }

  if (options.mark.length) {
    let named: PagePair[];
    try {
      named = [...new Set(options.mark.flatMap((target) => pairsNamed(target, pairs)))];
    } catch (error) {
      console.error(`translations: ${(error as Error).message}`);
      return 2;
    }
    // A mark is the baseline the date check compares with: marking a changed
    // page whose date did not move would hide the stale date for good.
    const stale = named.flatMap((pair) =>
      staleDates(pair.digests, record.pages[pair.route], today()).map((locale) => ({ pair, locale })),
    );
    if (stale.length) {
      for (const { pair, locale } of stale) {
        const file = display(pair.files[locale]);
        console.error(
          `translations: ${file} changed since ${record.pages[pair.route].syncedOn} (formatting aside), but "updated" is still ${pair.digests[locale].updated}. ` +
            `Set updated: ${today()} (the day of the change) in ${file}, then run the mark again.`,
        );
        console.error(
          `translations：${file} 在 ${record.pages[pair.route].syncedOn} 之后内容有改动（不算格式调整），但 "updated" 仍是 ${pair.digests[locale].updated}。` +
            `请在 ${file} 里把它改成 updated: ${today()}（改动的日期），再重新标记。`,
        );
      }
      console.error(`translations: nothing marked. Change the text, change the date, then mark (content/README.md, "Translating").`);
      return 1;
    }
    for (const pair of named) markPair(record, pair, today());
    writeRecord(contentDir, record);
    for (const pair of named) console.log(`marked ${pair.route}: ${[...new Set(Object.values(pair.files))].map(display).join(' = ')}`);
    console.log(`${named.length} marked in ${display(RECORD_FILE)}: commit it with the content.`);
    return 0;
  }

  const rows = pairs.map((pair) => {
    const state = pairState(pair.digests, record.pages[pair.route]);
    return { pair, state, label: stateLabel(state) };
  });
  if (options.json) {
    const out = rows.map(({ pair, state, label }) => ({
      route: pair.route,
      state: label,
      ...(state.kind === 'ahead' ? { ahead: state.ahead, behind: state.behind } : {}),
      ...('syncedOn' in state ? { syncedOn: state.syncedOn } : {}),
      files: Object.fromEntries(Object.entries(pair.files).map(([l, f]) => [l, display(f)])),
      updated: Object.fromEntries(Object.entries(pair.digests).map(([l, d]) => [l, d.updated ?? null])),
    }));
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.pair.route.length), 5);
  console.log(`${'route'.padEnd(width)}  ${'state'.padEnd(10)}  detail`);
  for (const { pair, state, label } of rows) console.log(`${pair.route.padEnd(width)}  ${label.padEnd(10)}  ${describe(state, pair)}`);
  const counts = new Map<string, number>();
  for (const { label } of rows) counts.set(label, (counts.get(label) ?? 0) + 1);
  console.log(`\n${rows.length} pages and resources: ${[...counts].map(([label, n]) => `${n} ${label}`).join(', ')}.`);
  return 0;
}

process.exit(main());
