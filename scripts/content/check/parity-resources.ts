// Translation parity inside a resource YAML: its zh and en halves (title,
// summary, attribution) state the same numbers and the same URLs, as a page
// and its translation do (parity.ts).
import type { Doc } from './document';
import { numbersIn, urlsIn } from './parity';
import type { Report } from './problems';

const half = (value: unknown, locale: 'zh' | 'en') =>
  value && typeof value === 'object' && typeof (value as Record<string, unknown>)[locale] === 'string'
    ? ((value as Record<string, string>)[locale] as string)
    : undefined;

export function checkResourceParity(report: Report, docs: Doc[]) {
  for (const doc of docs) {
    if (doc.type.contentType !== 'data' || doc.draft) continue;
    for (const [field, value] of Object.entries(doc.data)) {
      const [zh, en] = [half(value, 'zh'), half(value, 'en')];
      if (zh === undefined || en === undefined) continue;
      const line = doc.fieldLines[field];
      for (const [what, whatZh, list] of [
        ['number', '数字', numbersIn],
        ['URL', '网址', urlsIn],
      ] as const) {
        const [inZh, inEn] = [new Set(list(zh)), new Set(list(en))];
        const onlyZh = [...inZh].filter((v) => !inEn.has(v));
        const onlyEn = [...inEn].filter((v) => !inZh.has(v));
        if (onlyZh.length === 0 && onlyEn.length === 0) continue;
        const show = (v: string) => (what === 'number' ? Number(v).toLocaleString('en-US') : v);
        const diff = [...onlyZh.map((v) => `${show(v)} (zh only)`), ...onlyEn.map((v) => `${show(v)} (en only)`)].join(', ');
        const diffZh = [...onlyZh.map((v) => `${show(v)}（仅 zh）`), ...onlyEn.map((v) => `${show(v)}（仅 en）`)].join('，');
        report.error(
          doc.file,
          line,
          'parity',
          `${field}: the zh and en texts differ in a ${what}: ${diff}`,
          `state the same ${what}s in ${field}.zh and ${field}.en`,
          { message: `${field}：zh 和 en 两段文字的${whatZh}不同：${diffZh}`, fix: `让 ${field}.zh 和 ${field}.en 写同样的${whatZh}` },
        );
      }
    }
  }
}
