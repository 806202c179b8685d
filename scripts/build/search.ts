// `npm run build`'s search step (prebuild, after `contentlayer2 build`): one
// index per locale and the search page's module, into public/assets/search/.
// The steps are in scripts/build/search/build.ts.
import { root } from '../lib/root';
import { buildSearchAssets } from './search/build';

const started = performance.now();
const { script, indexes } = await buildSearchAssets(root);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `search: ${indexes.map((i) => `${i.url} (${i.docs} documents, ${kb(i.bytes)}, gzip ${kb(i.gzip)})`).join('; ')}; ` +
    `${script.url} (${kb(script.bytes)}, gzip ${kb(script.gzip)}) (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
