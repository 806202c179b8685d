// Part of the content model (lib/content-model.ts re-exports it): a resource
// is one bilingual YAML file under content/resources/, listed on the
// resources page and in the home page's further reading.
import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files/schema';
import { contentPath } from './content-path';
import { resourceKinds } from './resource-kinds';

const LocalizedText = defineNestedType(() => ({
  name: 'LocalizedText',
  fields: {
    zh: { type: 'string', required: true, description: 'Chinese text.' },
    en: { type: 'string', required: true, description: 'English text.' },
  },
}));

export const Resource = defineDocumentType(() => ({
  name: 'Resource',
  filePathPattern: 'resources/*.yaml',
  contentType: 'data',
  fields: {
    kind: {
      type: 'enum',
      options: resourceKinds,
      required: true,
      description: `${resourceKinds.slice(0, -1).join(', ')} or ${resourceKinds.at(-1)}.`, // "blog, talk, slides or panel."
    },
    url: { type: 'string', required: true, description: 'https:// address.' },
    title: { type: 'nested', of: LocalizedText, required: true, description: 'Title in both languages.' },
    summary: { type: 'nested', of: LocalizedText, required: true, description: 'One sentence in both languages.' },
    attribution: {
      type: 'nested',
      of: LocalizedText,
      description:
        "When the summary states a fact seen only in a third-party summary: that summary's name in both languages, shown after it.",
    },
    publisher: { type: 'string', description: 'Who published it; leave it out when that is not confirmed.' },
    order: { type: 'number', required: true, description: 'Position in the list (1 comes first; the home page shows the first three).' },
    archived: {
      type: 'boolean',
      default: false,
      description: 'true for a link kept for the record whose page is gone; it gets an "archived" label.',
    },
    draft: { type: 'boolean', default: false, description: 'true: shown in `npm run dev` only.' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => contentPath(doc._raw.flattenedPath).slug },
  },
}));
