// The content model, read from the makeSource() arguments (lib/content-model.ts).

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'json' | 'enum' | 'list' | 'nested' | 'other';

export interface FieldSpec {
  kind: FieldKind;
  /** Required and without a default: the file must set it. */
  required: boolean;
  description?: string;
  options?: string[];
  /** List items. */
  of?: FieldSpec;
  /** Sub-fields of a nested value. */
  fields?: Record<string, FieldSpec>;
}

export interface DocTypeSpec {
  name: string;
  filePathPattern: string;
  contentType: string;
  fields: Record<string, FieldSpec>;
  computed: string[];
}

export interface ContentModel {
  contentDirPath: string;
  contentDirExclude: string[];
  documentTypes: DocTypeSpec[];
}

/** Untyped data: config definitions, parsed YAML, syntax-tree nodes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- data of any shape, checked field by field
export type AnyRecord = Record<string, any>;
const unthunk = (value: unknown) => (typeof value === 'function' ? value() : value);

function nestedFields(of: AnyRecord | undefined): Record<string, FieldSpec> {
  const def = of && typeof of === 'object' && 'def' in of ? unthunk(of.def) : of;
  const fields = unthunk(def?.fields) ?? {};
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSpec(f as AnyRecord)]));
}

function fieldSpec(def: AnyRecord): FieldSpec {
  const base = { required: Boolean(def.required) && def.default === undefined, description: def.description };
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'date':
    case 'json':
      return { ...base, kind: def.type };
    case 'enum':
      return { ...base, kind: 'enum', options: [...def.options] };
    case 'list': {
      const of = def.of ?? { type: 'json' };
      const item =
        of.type === 'nested' && 'def' in of
          ? { kind: 'nested' as const, required: true, fields: nestedFields(of) }
          : fieldSpec({ ...of, required: true });
      return { ...base, kind: 'list', of: item };
    }
    case 'nested':
      return { ...base, kind: 'nested', fields: nestedFields(def.of) };
    default:
      return { ...base, kind: 'other' };
  }
}

/**
 * The model from the makeSource() arguments in lib/content-model.ts: the very
 * definitions contentlayer.config.ts hands Contentlayer.
 */
export function modelFromSource(source: AnyRecord): ContentModel {
  const args = source;
  if (!args || !args.documentTypes) throw new Error('lib/content-model.ts: could not read the makeSource() arguments');
  const list = Array.isArray(args.documentTypes) ? args.documentTypes : Object.values(args.documentTypes);
  const documentTypes = list.map((dt: AnyRecord): DocTypeSpec => {
    const def = unthunk(dt.def ?? dt);
    const fields = unthunk(def.fields) ?? {};
    return {
      name: def.name,
      filePathPattern: def.filePathPattern,
      contentType: def.contentType ?? 'markdown',
      fields: Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSpec(f as AnyRecord)])),
      computed: Object.keys(unthunk(def.computedFields) ?? {}),
    };
  });
  return {
    contentDirPath: args.contentDirPath ?? 'content',
    contentDirExclude: args.contentDirExclude ?? ['node_modules', '.git', '.yarn', '.cache', '.next', '.contentlayer'],
    documentTypes,
  };
}
