// `npm run check:deploy -- [--host nginx|netlify|cloudflare|generic] [--emulator] [--site-url <origin>] <base-url>`:
// checks a deployment for what the README promises on its host — security
// headers on pages, files, redirects and 404s; cache lifetimes; `/` and paths
// without a locale; 404 pages; what must not be public; links that use the
// site's origin. The checks are in scripts/serve/deploy-check/.
import { main } from './deploy-check/run';

process.exit(await main(process.argv.slice(2).length ? process.argv.slice(2) : [process.env.BASE_URL ?? '']));
