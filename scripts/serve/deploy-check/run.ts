// `npm run check:deploy -- [options] <base-url>`: checks a deployment for
// what the README promises on its host (lib/delivery.ts `hosts`). One line
// per check; exit 1 if any fails. scripts/serve/check-deploy.ts runs it.
import { hostNames, hosts, type HostName } from '@/lib/delivery';
import type { Context, Get, Result } from './context';
import { emulatorLimits } from './emulator-limits';
import { checkFiles, checkPages } from './pages';
import { checkTextFiles } from './text-files';
import { checkHtmlUrls, checkRoot, checkUnprefixed } from './redirects';
import { checkBadInput, checkNotFound, checkNotFoundUrls, checkNotPublic } from './not-found';

export const usage = `usage: npm run check:deploy -- [--host ${hostNames.join('|')}] [--emulator] [--site-url <origin>] <base-url>
  --host       what the host promises (docs/deploying.md); default: detected from its headers, else generic
  --emulator   the host's local server (wrangler pages dev, netlify dev): its known differences are reported, not failed
  --site-url   the origin links must use (default: the base URL's); for a build checked away from its public address
  e.g. npm run check:deploy -- https://ray-ml.example.org
       npm run check:deploy -- --site-url http://localhost:3000 http://127.0.0.1:3000   (npm start)`;

export type Options = { base: string; host?: HostName; emulator: boolean; siteUrl?: string };

export function parseArgs(argv: string[]): Options | string {
  const options: Partial<Options> = { emulator: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--emulator') options.emulator = true;
    else if (arg === '--host') {
      const host = argv[++i];
      if (!(hostNames as readonly string[]).includes(host))
        return `--host must be one of ${hostNames.join(', ')} (got ${host ?? 'nothing'})`;
      options.host = host as HostName;
    } else if (arg === '--site-url') options.siteUrl = argv[++i];
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.base = arg;
  }
  if (!options.base || !/^https?:\/\/[^/]/.test(options.base)) return 'a base URL is needed, e.g. https://example.org';
  if (options.siteUrl !== undefined && !/^https?:\/\/[^/]+$/.test(options.siteUrl.replace(/\/+$/, '')))
    return `--site-url must be an origin, e.g. https://example.org (got ${options.siteUrl})`;
  return { ...options, base: options.base.replace(/\/+$/, '') } as Options;
}

/** The host from its response headers, when it names itself. */
export function detectHost(res: Response): HostName {
  const server = res.headers.get('server') ?? '';
  if (/^nginx/i.test(server)) return 'nginx';
  if (/netlify/i.test(server) || res.headers.has('x-nf-request-id')) return 'netlify';
  if (/cloudflare/i.test(server) || res.headers.has('cf-ray')) return 'cloudflare';
  return 'generic';
}

/** Runs every check against a deployment; `get` answers the requests (fetch, or a stand-in in tests). */
export async function runChecks(options: Options, get: Get): Promise<{ hostName: HostName; results: Result[] }> {
  const hostName = options.host ?? detectHost(await get('/zh'));
  const ctx: Context = {
    base: options.base,
    origin: (options.siteUrl ?? new URL(options.base).origin).replace(/\/+$/, ''),
    hostName,
    host: hosts[hostName],
    limits: options.emulator ? (emulatorLimits[hostName]?.limits ?? []) : [],
    get,
    results: [],
  };
  const pages = await checkPages(ctx);
  await checkRoot(ctx);
  await checkUnprefixed(ctx, pages);
  await checkHtmlUrls(ctx, pages);
  await checkNotFound(ctx);
  await checkNotFoundUrls(ctx);
  await checkNotPublic(ctx, pages);
  await checkFiles(ctx, pages);
  await checkTextFiles(ctx, pages);
  await checkBadInput(ctx);
  return { hostName, results: ctx.results };
}

export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(`check:deploy: ${options}\n${usage}`);
    return 2;
  }
  const get: Get = (path, init = {}) => fetch(options.base + path, { redirect: 'manual', ...init });
  const { hostName, results } = await runChecks(options, get);
  const emulator = options.emulator ? emulatorLimits[hostName]?.emulator : undefined;
  console.log(`Checking ${options.base} as ${hostName}${options.host ? '' : ' (detected)'}${emulator ? `, on ${emulator}` : ''}:\n`);
  for (const r of results) if (!r.known) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${!r.ok && r.detail ? ` — ${r.detail}` : ''}`);
  // Known emulator differences: one paragraph per difference, with the checks it covers.
  for (const limit of new Set(results.flatMap((r) => (r.known ? [r.known] : [])))) {
    const covered = results.filter((r) => r.known === limit).map((r) => r.name);
    console.log(`~ known emulator difference: ${limit.what} (${limit.reference}); not counted: ${covered.join('; ')}`);
  }
  const failed = results.filter((r) => !r.ok && !r.known).length;
  const known = results.filter((r) => r.known).length;
  console.log(
    `\n${results.length - failed - known} of ${results.length} checks passed on ${options.base}${known ? `, ${known} known emulator differences` : ''}.`,
  );
  return failed ? 1 : 0;
}
