// `npm run build`'s search step (prebuild, after `contentlayer2 build`): per
// locale the index in parts (a head, term shards, body chunks) and the search
// page's module, into public/assets/search/. The steps are in scripts/build/search/build.ts.
import { root } from '../lib/root';
import { buildSearchAssets } from './search/build';

const started = performance.now();
const { script, indexes } = await buildSearchAssets(root);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `search: ${indexes
    .map(
      (i) =>
        `${i.locale}: ${i.docs} documents, head ${kb(i.head.bytes)} (gzip ${kb(i.head.gzip)}), ` +
        `postings ${kb(i.terms.bytes)} (gzip ${kb(i.terms.gzip)}) and bodies ${kb(i.bodies.bytes)} (gzip ${kb(i.bodies.gzip)}) in ${i.parts} files`,
    )
    .join('; ')}; ${script.url} (${kb(script.bytes)}, gzip ${kb(script.gzip)}) (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
