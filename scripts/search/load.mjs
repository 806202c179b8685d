// Loads the search's TypeScript from plain Node scripts (scripts/lib/load-ts.mjs),
// with Contentlayer's generated data bundled in: it is a tsconfig path alias
// (`contentlayer/generated`), not a package, so esbuild must be told where it is.
import path from 'node:path';
import { importTs, root } from '../lib/load-ts.mjs';

const contentlayerData = {
  name: 'contentlayer-generated',
  setup(b) {
    b.onResolve({ filter: /^contentlayer\/generated$/ }, () => ({ path: path.join(root, '.contentlayer', 'generated', 'index.mjs') }));
  },
};

export const importSearchTs = (entry) => importTs(entry, { plugins: [contentlayerData] });
export { root };
