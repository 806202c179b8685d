// UI strings: messages/{locale}/*.json must parse and have the same keys in
// every language.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { MessageFile } from './input';
import type { Report } from './problems';
import { languageName, languageNameZh } from './text-helpers';

type Where = { file: string; line: number };
/** "zh/common" → flattened key ("Site.tagline") → where it is written. */
type KeysByFile = Map<string, Map<string, Where>>;

export function checkMessages(report: Report, messages: MessageFile[], locales: string[]) {
  const keys: KeysByFile = new Map();
  for (const m of messages) {
    const found = readKeys(report, m);
    if (found) keys.set(`${m.locale}/${m.name}`, found);
  }
  for (const name of new Set(messages.map((m) => m.name))) {
    for (const locale of locales) {
      const mine = keys.get(`${locale}/${name}`);
      if (mine) checkSameKeys(report, messages, keys, name, locale, mine, locales);
      else if (!messages.some((m) => m.locale === locale && m.name === name)) reportMissingFile(report, messages, name, locale);
    }
  }
}

/** The file's keys with their lines (JSON is YAML); undefined (and reported) when it is not valid JSON. */
function readKeys(report: Report, m: MessageFile): Map<string, Where> | undefined {
  try {
    JSON.parse(m.text);
  } catch (error) {
    const pos = /position (\d+)/.exec(String((error as Error).message));
    const line = pos ? m.text.slice(0, Number(pos[1])).split('\n').length : undefined;
    report.error(
      m.file,
      line,
      'messages-syntax',
      `not valid JSON: ${(error as Error).message.replace(/^JSON\.parse: /, '')}`,
      'check the commas (none after the last entry), the double quotes around keys and texts, and the braces',
      {
        message: `不是有效的 JSON：${(error as Error).message.replace(/^JSON\.parse: /, '')}`,
        fix: '检查逗号（最后一项后面不加）、键和文字两边的双引号，以及花括号',
      },
    );
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(m.text, { lineCounter: counter });
  const found = new Map<string, Where>();
  const walk = (node: unknown, prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = `${prefix}${String(isScalar(pair.key) ? pair.key.value : pair.key)}`;
      if (isMap(pair.value)) walk(pair.value, `${key}.`);
      else
        found.set(key, { file: m.file, line: (pair.key as YamlNode)?.range ? counter.linePos((pair.key as YamlNode).range![0]).line : 1 });
    }
  };
  walk(doc.contents, '');
  return found;
}

function reportMissingFile(report: Report, messages: MessageFile[], name: string, locale: string) {
  const other = messages.find((m) => m.name === name)!;
  const missing = other.file.replace(/[^/]+\/[^/]+$/, `${locale}/${name}.json`);
  report.error(
    other.file,
    undefined,
    'messages-missing',
    `there is no ${languageName(locale)} version of this file`,
    `create ${missing} with the same keys, translated`,
    { message: `这个文件没有${languageNameZh(locale)}版本`, fix: `新建 ${missing}，键相同，内容翻译好` },
  );
}

/** Every key of the other languages' file is in this one. */
function checkSameKeys(
  report: Report,
  messages: MessageFile[],
  keys: KeysByFile,
  name: string,
  locale: string,
  mine: Map<string, Where>,
  locales: string[],
) {
  const myFile = messages.find((m) => m.locale === locale && m.name === name)!.file;
  for (const otherLocale of locales) {
    if (otherLocale === locale) continue;
    const theirs = keys.get(`${otherLocale}/${name}`);
    if (!theirs) continue;
    for (const [key, where] of theirs) {
      if (!mine.has(key))
        report.error(
          myFile,
          undefined,
          'messages-missing',
          `"${key}" is missing (${where.file}:${where.line} has it)`,
          `add it, translated, at the same place in ${myFile}`,
          { message: `缺少 "${key}"（${where.file}:${where.line} 里有）`, fix: `在 ${myFile} 的相同位置加上它，并翻译好` },
        );
    }
  }
}
