// The browser editor's configuration (Sveltia CMS, served at /admin/), made
// from the content model at build: every collection and field of
// lib/content-model.ts, every flat component of lib/mdx-registry.ts
// (lib/editor/editor-components.ts). Nothing here is written by hand per
// field, so a field added to the model shows up in the editor with the next
// build; tests/unit/editor-config.test.ts fails when the two drift.
import { CaseStudy, Page, Pillar, Resource } from '../content-model';
import { routing } from '@/i18n/routing';
import { shrinkWidth } from '../images/policy';
import { fieldHelpZh, fieldLabelsZh } from './field-help-zh';

/** Contentlayer's field definitions, as far as the editor reads them. */
type ModelField = {
  type: string;
  required?: boolean;
  default?: unknown;
  description?: string;
  options?: readonly string[];
  of?: ModelField | ({ type: 'nested' } & ModelType);
};
// Contentlayer types fields loosely (FieldDefs | undefined); the model always has them.
type ModelType = { def: () => { fields?: unknown } };

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Fields written as a paragraph rather than one line. */
const multiline = new Set(['description', 'lead', 'summary', 'outcome']);

/** "keyNumbers" → "Key numbers" */
const humanize = (name: string) => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "中文 · English": the editor shows one label whatever its interface language. */
export const fieldLabel = (name: string) => (fieldLabelsZh[name] ? `${fieldLabelsZh[name]} · ${humanize(name)}` : humanize(name));

/** Help text in both languages, from the model's description. */
export function fieldHint(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const zh = fieldHelpZh[description];
  // The hint is Markdown: an HTML tag named in it is shown as code.
  const code = (text: string) => text.replace(/(?<!`)(<\/?[a-z0-9]+>)(?!`)/g, '`$1`');
  return code(zh ? `${zh}\n\n${description}` : description);
}

const nestedFields = (of: ModelField['of']) => {
  if (!of || of.type !== 'nested' || !('def' in of)) return undefined;
  return modelFields(of).map(([name, f]) => cmsField(name, f));
};

/** One model field as an editor field; throws on a type the editor cannot show (so a new type fails the build). */
export function cmsField(name: string, f: ModelField): CmsField {
  const base = {
    name,
    label: fieldLabel(name),
    required: Boolean(f.required),
    ...(fieldHint(f.description) ? { hint: fieldHint(f.description) } : {}),
  };
  switch (f.type) {
    case 'string':
      return { ...base, widget: multiline.has(name) ? 'text' : 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: Boolean(f.default) };
    case 'date':
      // Written as the model reads it: 2026-12-01, no time.
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    case 'enum':
      return { ...base, widget: 'select', options: [...(f.options ?? [])] };
    case 'nested':
      return { ...base, widget: 'object', fields: nestedFields(f.of) };
    case 'list': {
      const fields = nestedFields(f.of);
      if (fields) return { ...base, widget: 'list', fields };
      return { ...base, widget: 'list', field: { name: 'item', label: base.label, widget: 'string' } };
    }
    default:
      throw new Error(`lib/editor/cms-config.ts: the editor has no widget for field "${name}" of type "${f.type}"`);
  }
}

export const modelFields = (t: ModelType) => Object.entries((t.def().fields ?? {}) as Record<string, ModelField>);

/** The MDX body: Markdown with the editor components; anything else stays as written. */
const bodyField: CmsField = {
  name: 'body',
  label: fieldLabel('body'),
  widget: 'markdown',
  hint: "组件见编辑器的“插入”菜单；其他组件保持原样。 · Components are in the editor's Insert menu; other components stay as written.",
};

/** Each language file holds all its fields: every field and subfield is edited per locale (nested ones too, or Sveltia shows them in the default locale only). */
function perLocale(field: CmsField): CmsField {
  const nested = field.fields ? { fields: (field.fields as CmsField[]).map(perLocale) } : {};
  const item = field.field ? { field: perLocale(field.field as CmsField) } : {};
  return { ...field, ...nested, ...item, i18n: true };
}

export type CollectionSpec = { name: string; labelZh: string; label: string; type: ModelType; folder: string; create: boolean };

/** The MDX collections: where each document type lives (contentlayer filePathPattern), one folder per locale. */
export const mdxCollections: CollectionSpec[] = [
  { name: 'pages', labelZh: '页面', label: 'Pages', type: Page, folder: 'content/{{locale}}', create: false },
  { name: 'pillars', labelZh: '支柱', label: 'Pillars', type: Pillar, folder: 'content/{{locale}}/why-ray', create: true },
  {
    name: 'case-studies',
    labelZh: '案例',
    label: 'Case studies',
    type: CaseStudy,
    folder: 'content/{{locale}}/case-studies',
    create: true,
  },
];

export type CmsBackend = { name: 'github'; repo: string; branch: string; base_url?: string };

/** Where editors save: GitHub, a branch and pull request per entry (the editorial workflow). */
export function defaultBackend(env: Record<string, string | undefined> = process.env): CmsBackend {
  return {
    name: 'github',
    repo: env.EDITOR_GITHUB_REPO ?? 'your-org/your-repo',
    branch: env.EDITOR_GITHUB_BRANCH ?? 'main',
    // Sveltia's sign-in worker for GitHub OAuth (docs/editor.md); unset: sign in with a token.
    ...(env.EDITOR_AUTH_URL ? { base_url: env.EDITOR_AUTH_URL } : {}),
  };
}

export function cmsConfig(backend: CmsBackend = defaultBackend()) {
  const mdx = mdxCollections.map((c) => ({
    name: c.name,
    label: `${c.labelZh} · ${c.label}`,
    folder: c.folder,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    create: c.create,
    slug: { editable: ['create'] },
    identifier_field: 'title',
    i18n: true,
    fields: [...modelFields(c.type).map(([name, f]) => perLocale(cmsField(name, f))), perLocale(bodyField)],
  }));
  const resources = {
    name: 'resources',
    label: '资料 · Resources',
    folder: 'content/resources',
    extension: 'yaml',
    format: 'yaml',
    create: true,
    slug: { editable: ['create'] },
    identifier_field: 'url',
    summary: '{{title.en}}',
    fields: modelFields(Resource).map(([name, f]) => cmsField(name, f)),
  };
  return {
    backend,
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    media_libraries: {
      // A 3000 px upload is made shrinkWidth (2400) px wide and WebP, as `npm run image:shrink` would: within the image budget.
      default: { config: { transformations: { raster_image: { format: 'webp', quality: 85, width: shrinkWidth, height: shrinkWidth } } } },
    },
    i18n: { structure: 'multiple_folders', locales: [...routing.locales], default_locale: routing.defaultLocale },
    // Strings in double quotes, as the guide writes them; optional fields left empty are not written.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [...mdx, resources],
  };
}
