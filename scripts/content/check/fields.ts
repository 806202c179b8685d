// Frontmatter fields against the content model, on the YAML syntax tree so
// that every value has a line: unknown and missing fields here, each value's
// kind in field-values.ts.
import { isMap, isPair, isScalar } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { checkValue, describe, example } from './field-values';
import type { FieldSpec } from './model';
import { placeholderHost, placeholderZh } from './placeholder-hosts';
import type { Report } from './problems';
import { closest, labelZh, typeLabel, typeLabelZh, whereZh } from './text-helpers';

/** The line of a YAML node in the file, or the fallback. */
export type Lines = (node: YamlNode | null | undefined, fallback: number) => number;

export interface FieldContext {
  report: Report;
  file: string;
  lineOf: Lines;
  typeName: string;
  /** Every string value of a field named url/href, for the https check. */
  urls: { value: string; line: number; label: string }[];
}

/** Field names that are set from the file's path, never in the frontmatter. */
const FROM_PATH: Record<string, string> = {
  slug: 'the file name is the slug',
  route: 'the file path is the URL',
  locale: 'the folder (content/zh or content/en) is the language',
  type: 'the folder decides the content type',
};
const FROM_PATH_ZH: Record<string, string> = {
  slug: '文件名就是 slug',
  route: '文件路径就是网址',
  locale: '文件夹（content/zh 或 content/en）决定语言',
  type: '文件夹决定内容类型',
};

/** The fields of a map (the frontmatter, a nested value, a list item). */
export function checkMap(
  ctx: FieldContext,
  fields: Record<string, FieldSpec>,
  node: YamlNode | null | undefined,
  where: string,
  line: number,
) {
  if (node && !isMap(node)) {
    ctx.report.error(
      ctx.file,
      ctx.lineOf(node, line),
      'field-type',
      `${where} must be a list of "name: value" lines`,
      'see content/guide/reference.md for the fields',
      { message: `${whereZh(where)} 必须是一行行的“名称: 值”`, fix: '字段见 content/guide/reference.md' },
    );
    return;
  }
  const present = new Set<string>();
  for (const pair of (node as YAMLMap | null)?.items ?? []) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyLine = ctx.lineOf(pair.key as YamlNode, line);
    present.add(key);
    const label = where === 'the frontmatter' ? `"${key}"` : `"${key}" in ${where}`;
    if (fields[key]) checkValue(ctx, key, fields[key], pair.value as YamlNode | null, label, keyLine);
    else reportUnknownField(ctx, fields, key, label, where, keyLine);
  }
  reportMissingFields(ctx, fields, present, where, line);
}

function reportUnknownField(
  ctx: FieldContext,
  fields: Record<string, FieldSpec>,
  key: string,
  label: string,
  where: string,
  keyLine: number,
) {
  const { report, file } = ctx;
  if (where === 'the frontmatter' && FROM_PATH[key]) {
    report.error(
      file,
      keyLine,
      'field-unknown',
      `${label} cannot be set here: ${FROM_PATH[key]}`,
      'remove the line (rename or move the file to change it)',
      { message: `${labelZh(label)} 不能在这里设置：${FROM_PATH_ZH[key]}`, fix: '删掉这一行（要改它，就给文件改名或移动文件）' },
    );
    return;
  }
  const allowed = Object.keys(fields);
  const guess = closest(key, allowed);
  const what = where === 'the frontmatter' ? `is not a field of a ${typeLabel(ctx.typeName)}` : 'is not allowed here';
  report.error(
    file,
    keyLine,
    'field-unknown',
    `${label} ${what}`,
    guess ? `did you mean "${guess}"? (allowed: ${allowed.join(', ')})` : `remove it; allowed: ${allowed.join(', ')}`,
    {
      message: where === 'the frontmatter' ? `${labelZh(label)} 不是${typeLabelZh(ctx.typeName)}的字段` : `${labelZh(label)} 不能写在这里`,
      fix: guess ? `你是不是想写 "${guess}"？（可用：${allowed.join(', ')}）` : `删掉它；可用：${allowed.join(', ')}`,
    },
  );
}

function reportMissingFields(ctx: FieldContext, fields: Record<string, FieldSpec>, present: Set<string>, where: string, line: number) {
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.required && !present.has(name)) {
      const label = where === 'the frontmatter' ? `required field "${name}" is missing` : `"${name}" is missing in ${where}`;
      ctx.report.error(ctx.file, line, 'field-missing', label, `add ${example(name, spec)}${describe(spec)}`, {
        message: where === 'the frontmatter' ? `缺少必填字段 "${name}"` : `${whereZh(where)} 缺少 "${name}"`,
        fix: `加上 ${example(name, spec)}`,
      });
    }
  }
}

/** url and href values are full https:// addresses of real sources (a draft may keep its template's placeholders). */
export function checkUrls(ctx: FieldContext, draft: boolean) {
  for (const { value, line, label } of ctx.urls) {
    const placeholder = draft ? undefined : placeholderHost(value);
    if (placeholder) {
      ctx.report.error(
        ctx.file,
        line,
        'url-placeholder',
        `${label} is not a real source: ${value} (${placeholder})`,
        `write the address of the real source, starting with https://`,
        { message: `${labelZh(label)} 不是真实的来源：${value}（${placeholderZh(value)}）`, fix: '写上真实来源的地址，以 https:// 开头' },
      );
    } else if (/^http:\/\//i.test(value)) {
      ctx.report.error(
        ctx.file,
        line,
        'not-https',
        `${label} is not https: ${value}`,
        `use ${value.replace(/^http:/i, 'https:')} (open it to make sure it works)`,
        { message: `${labelZh(label)} 不是 https：${value}`, fix: `改用 ${value.replace(/^http:/i, 'https:')}（打开确认它能访问）` },
      );
    } else if (!/^https:\/\/[^\s/.]+\.[^\s]+$/i.test(value)) {
      ctx.report.error(
        ctx.file,
        line,
        'url-invalid',
        `${label} is not a full web address: ${value}`,
        'write the whole address of the real source, starting with https://',
        { message: `${labelZh(label)} 不是完整的网址：${value}`, fix: '写上真实来源的完整地址，以 https:// 开头' },
      );
    }
  }
}
