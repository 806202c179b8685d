// What the browser editor writes differently from the guide, put back by
// `npm run format` (scripts/content/normalize-frontmatter.ts) so that a save
// without changes leaves git clean. Sveltia quotes dates ("2026-12-01") and
// writes fields left at their default (draft: false); the config cannot stop
// either. The rules come from the content model, line by line: nothing else
// in the file is touched, and a file the editor did not write is unchanged.
import { CaseStudy, Page, Pillar, Resource } from '../content-model';
import { modelFields } from './cms-config';

type Rules = { dates: Set<string>; enums: Set<string>; falseByDefault: Set<string>; emptyByDefault: Set<string> };

function collect(types: Parameters<typeof modelFields>[0][], rules: Rules) {
  for (const type of types) {
    for (const [name, f] of modelFields(type)) {
      if (f.type === 'date') rules.dates.add(name);
      if (f.type === 'enum') rules.enums.add(name);
      if (f.type === 'boolean' && f.default === false) rules.falseByDefault.add(name);
      if (f.type === 'list' && Array.isArray(f.default) && f.default.length === 0) rules.emptyByDefault.add(name);
      const of = f.of as { type: string } | undefined;
      if (of?.type === 'nested') collect([of as unknown as Parameters<typeof modelFields>[0]], rules);
    }
  }
  return rules;
}

const rules = collect([Page, Pillar, CaseStudy, Resource], {
  dates: new Set(),
  enums: new Set(),
  falseByDefault: new Set(),
  emptyByDefault: new Set(),
});
const names = (set: Set<string>) => [...set].join('|');
const quotedDate = new RegExp(`^(\\s*(?:- )?(?:${names(rules.dates)}): )"(\\d{4}-\\d{2}-\\d{2})"$`);
// A closed vocabulary's value (kind: result), which the guide writes bare.
const quotedEnum = new RegExp(`^(\\s*(?:- )?(?:${names(rules.enums)}): )"([a-z0-9-]+)"$`);
// Not a list item's first line ("- summary: false"): removing it would empty the item.
const defaultValue = new RegExp(`^\\s*(?:${names(rules.falseByDefault)}): false$|^\\s*(?:${names(rules.emptyByDefault)}): \\[\\]$`);

/** Lists of slugs and vocabulary ids, which the guide writes bare (`- spotify`); the editor quotes every string. */
const slugLists = new Set(['caseStudies', 'workloads']);
const quotedSlug = /^(\s*- )"([a-z0-9-]+)"$/;

function normalizeYaml(lines: string[]): string[] {
  let key = '';
  return lines
    .filter((l) => !defaultValue.test(l))
    .map((l) => {
      key = /^([A-Za-z]+):/.exec(l)?.[1] ?? key;
      const line = l.replace(quotedDate, '$1$2').replace(quotedEnum, '$1$2');
      return slugLists.has(key) ? line.replace(quotedSlug, '$1$2') : line;
    });
}

/** The file as the guide writes it: .mdx frontmatter, or a resource's YAML. */
export function normalizeContentFile(file: string, text: string): string {
  const lines = text.split('\n');
  if (file.endsWith('.yaml')) return normalizeYaml(lines).join('\n');
  if (!file.endsWith('.mdx') || lines[0] !== '---') return text;
  const end = lines.indexOf('---', 1);
  if (end < 0) return text;
  return [lines[0], ...normalizeYaml(lines.slice(1, end)), ...lines.slice(end)].join('\n');
}
