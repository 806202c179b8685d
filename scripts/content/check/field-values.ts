// One frontmatter value against its field's kind (text, number, true/false,
// date, one of a list, a list, sub-fields), with a line to copy when it is wrong.
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import { localDay } from '../../../lib/dates';
import type { Node as YamlNode } from 'yaml';
import { checkMap, type FieldContext } from './fields';
import type { FieldKind, FieldSpec } from './model';
import type { Translation } from './problems';
import { closest, labelZh } from './text-helpers';

/** One field value being checked. */
interface FieldValue {
  name: string;
  spec: FieldSpec;
  node: YamlNode;
  label: string;
  line: number;
  value: unknown;
  /** An unquoted scalar. */
  plain: boolean;
  /** A list or a map, not a single value. */
  notScalar: boolean;
}

const scalarShown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));
const shown = (v: FieldValue) => (v.notScalar ? 'a list' : scalarShown(v.value));
export const describe = (spec: FieldSpec) => (spec.description ? ` (${spec.description.replace(/\.$/, '')})` : '');

/** A line to copy: `year: 1`, `sources: [{ title: "…", url: "https://…" }]` … */
export function example(name: string, spec: FieldSpec): string {
  const required = (fields?: Record<string, FieldSpec>) =>
    Object.entries(fields ?? {})
      .filter(([, f]) => f.required)
      .map(([k, f]) => example(k, f))
      .join(', ');
  switch (spec.kind) {
    case 'number':
      return `${name}: 1`;
    case 'boolean':
      return `${name}: false`;
    case 'date':
      return `${name}: ${localDay()}`;
    case 'enum':
      return `${name}: ${spec.options?.[0]}`;
    case 'list':
      return spec.of?.kind === 'nested' ? `${name}: [{ ${required(spec.of.fields)} }]` : `${name}: ["…"]`;
    case 'nested':
      return `${name}: { ${required(spec.fields)} }`;
    default:
      return name === 'url' ? `${name}: "https://…"` : `${name}: "…"`;
  }
}

export function checkValue(ctx: FieldContext, name: string, spec: FieldSpec, node: YamlNode | null, label: string, keyLine: number) {
  const isNull = !node || (isScalar(node) && (node.value === null || node.value === undefined));
  if (isNull) {
    if (spec.required)
      ctx.report.error(ctx.file, keyLine, 'field-empty', `${label} is empty`, `write a value: ${example(name, spec)}${describe(spec)}`, {
        message: `${labelZh(label)} 是空的`,
        fix: `写上值：${example(name, spec)}`,
      });
    return;
  }
  const line = ctx.lineOf(node, keyLine);
  const value = isScalar(node) ? node.value : undefined;
  const v: FieldValue = {
    name,
    spec,
    node,
    label,
    line,
    value,
    plain: isScalar(node) && node.type === Scalar.PLAIN,
    notScalar: !isScalar(node),
  };
  VALUE_CHECKS[spec.kind]?.(ctx, v);
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function isRealDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkString(ctx: FieldContext, { name, spec, label, line, value, plain, notScalar }: FieldValue) {
  const err = (rule: 'field-type' | 'field-empty', message: string, fix: string, zh: Translation) =>
    ctx.report.error(ctx.file, line, rule, message, fix, zh);
  const zhLabel = labelZh(label);
  if (notScalar)
    err('field-type', `${label} must be one piece of text, not a list`, `write it on one line: ${example(name, spec)}`, {
      message: `${zhLabel} 必须是一段文字，不能是列表`,
      fix: `写在一行里：${example(name, spec)}`,
    });
  else if (typeof value !== 'string')
    err(
      'field-type',
      `${label} must be text, but it is ${typeof value === 'number' ? 'the number' : 'the value'} ${scalarShown(value)}`,
      `put it in double quotes: ${name}: "${value}"`,
      {
        message: `${zhLabel} 必须是文字，但它是${typeof value === 'number' ? '数字' : '值'} ${scalarShown(value)}`,
        fix: `加上双引号：${name}: "${value}"`,
      },
    );
  else if (plain && DATE_LIKE.test(value))
    err('field-type', `${label} must be text, but unquoted it is read as a date`, `put it in double quotes: ${name}: "${value}"`, {
      message: `${zhLabel} 必须是文字，但不加引号会被读成日期`,
      fix: `加上双引号：${name}: "${value}"`,
    });
  else if (spec.required && value.trim() === '')
    err('field-empty', `${label} is empty`, `write a value: ${example(name, spec)}${describe(spec)}`, {
      message: `${zhLabel} 是空的`,
      fix: `写上值：${example(name, spec)}`,
    });
  else if (name === 'url' || name === 'href') ctx.urls.push({ value, line, label });
}

function checkNumber(ctx: FieldContext, v: FieldValue) {
  const { name, label, value } = v;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    ctx.report.error(
      ctx.file,
      v.line,
      'field-type',
      `${label} must be a number, but it is the text "${value}"`,
      `remove the quotes: ${name}: ${Number(value)}`,
      { message: `${labelZh(label)} 必须是数字，但它是文字 "${value}"`, fix: `去掉引号：${name}: ${Number(value)}` },
    );
  } else {
    ctx.report.error(
      ctx.file,
      v.line,
      'field-type',
      `${label} must be a number, but it is ${shown(v)}`,
      `write a number, e.g. ${example(name, v.spec)}${describe(v.spec)}`,
      { message: `${labelZh(label)} 必须是数字，但它是 ${shown(v)}`, fix: `写一个数字，例如 ${example(name, v.spec)}` },
    );
  }
}

function checkBoolean(ctx: FieldContext, v: FieldValue) {
  if (typeof v.value === 'boolean') return;
  ctx.report.error(
    ctx.file,
    v.line,
    'field-type',
    `${v.label} must be true or false, but it is ${shown(v)}`,
    `write ${v.name}: true or ${v.name}: false (no quotes)`,
    { message: `${labelZh(v.label)} 必须是 true 或 false，但它是 ${shown(v)}`, fix: `写 ${v.name}: true 或 ${v.name}: false（不加引号）` },
  );
}

function checkDate(ctx: FieldContext, v: FieldValue) {
  const { name, spec, label, value } = v;
  if (typeof value === 'string' && DATE_LIKE.test(value.trim())) {
    if (!isRealDate(value.trim()))
      ctx.report.error(
        ctx.file,
        v.line,
        'field-type',
        `${label} is not a real date: ${value}`,
        `write an existing date as YYYY-MM-DD, e.g. ${example(name, spec)}`,
        { message: `${labelZh(label)} 不是真实存在的日期：${value}`, fix: `按 YYYY-MM-DD 写一个存在的日期，例如 ${example(name, spec)}` },
      );
    return;
  }
  ctx.report.error(
    ctx.file,
    v.line,
    'field-type',
    `${label} must be a date (YYYY-MM-DD), but it is ${shown(v)}`,
    `write it like ${example(name, spec)}`,
    { message: `${labelZh(label)} 必须是日期（YYYY-MM-DD），但它是 ${shown(v)}`, fix: `照这样写：${example(name, spec)}` },
  );
}

function checkEnum(ctx: FieldContext, v: FieldValue) {
  const options = v.spec.options ?? [];
  if (typeof v.value === 'string' && options.includes(v.value)) return;
  const guess = typeof v.value === 'string' ? closest(v.value, options) : undefined;
  ctx.report.error(
    ctx.file,
    v.line,
    'field-type',
    `${v.label} must be one of ${options.join(', ')}, but it is ${shown(v)}`,
    guess ? `did you mean ${v.name}: ${guess}?` : `write one of them, e.g. ${v.name}: ${options[0]}`,
    {
      message: `${labelZh(v.label)} 必须是 ${options.join(', ')} 之一，但它是 ${shown(v)}`,
      fix: guess ? `你是不是想写 ${v.name}: ${guess}？` : `写其中之一，例如 ${v.name}: ${options[0]}`,
    },
  );
}

function checkList(ctx: FieldContext, { name, spec, node, label, line }: FieldValue) {
  if (!isSeq(node)) {
    ctx.report.error(
      ctx.file,
      line,
      'field-type',
      `${label} must be a list`,
      `write each item on its own line starting with "- " (indented under ${name}:), or ${example(name, spec)}`,
      {
        message: `${labelZh(label)} 必须是列表`,
        fix: `每一项单独一行，以 "- " 开头（缩进在 ${name}: 下面），或写成 ${example(name, spec)}`,
      },
    );
    return;
  }
  node.items.forEach((item, i) => {
    const itemLine = ctx.lineOf(item as YamlNode, line);
    const itemLabel = `${name} item ${i + 1}`;
    if (spec.of?.kind === 'nested') checkMap(ctx, spec.of.fields ?? {}, item as YamlNode, itemLabel, itemLine);
    else if (spec.of) checkValue(ctx, name, spec.of, item as YamlNode, `"${itemLabel}"`, itemLine);
  });
}

function checkNested(ctx: FieldContext, { name, spec, node, label, line }: FieldValue) {
  if (!isMap(node)) {
    const sub = Object.keys(spec.fields ?? {});
    ctx.report.error(
      ctx.file,
      line,
      'field-type',
      `${label} must have the sub-fields ${sub.join(' and ')}`,
      `write them on their own lines, indented by two spaces under ${name}:, e.g. ${example(name, spec)}`,
      {
        message: `${labelZh(label)} 必须有子字段 ${sub.join(' 和 ')}`,
        fix: `每个子字段单独一行，在 ${name}: 下缩进两个空格，例如 ${example(name, spec)}`,
      },
    );
    return;
  }
  checkMap(ctx, spec.fields ?? {}, node, `"${name}"`, line);
}

/** json and other fields take any value. */
const VALUE_CHECKS: Partial<Record<FieldKind, (ctx: FieldContext, v: FieldValue) => void>> = {
  string: checkString,
  number: checkNumber,
  boolean: checkBoolean,
  date: checkDate,
  enum: checkEnum,
  list: checkList,
  nested: checkNested,
};
