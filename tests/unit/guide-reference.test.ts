// The authors' reference is written from the code: it fails here when a field,
// a description, a component or a prop changed and `npm run docs:reference`
// was not run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSource } from '@/lib/content-model';
import { mdxRegistry } from '@/lib/mdx-registry';
import { modelFromSource } from '@/scripts/content/check/model';
import { REFERENCE_FILE, renderReference } from '@/scripts/content/reference/render';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const model = modelFromSource(contentSource);

describe('content/guide/reference.md', () => {
  it('is what `npm run docs:reference` writes today', () => {
    expect(fs.readFileSync(path.join(root, REFERENCE_FILE), 'utf8')).toBe(renderReference(model, mdxRegistry));
  });

  it('changes with the code: a new field and a new prop show up', () => {
    const [first, ...rest] = model.documentTypes;
    const changed = {
      ...model,
      documentTypes: [
        { ...first, fields: { ...first.fields, heroVideo: { kind: 'string' as const, required: true, description: 'A video.' } } },
        ...rest,
      ],
    };
    const registry = {
      ...mdxRegistry,
      Quote: { summary: 'A quote', file: 'x.tsx', props: { by: { type: 'string', required: true } } },
    } as const;
    const text = renderReference(changed, registry);
    expect(text).toContain('| **`heroVideo`** | text | A video. |');
    expect(text).toContain('### `<Quote>`');
    expect(text).toContain('| `by` | **required**: text in double quotes |');
  });
});
