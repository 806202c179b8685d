// `npm run check:links`: requests every outbound URL the content cites (MDX
// bodies, frontmatter, resources' YAML) and reports 4xx, 5xx, timeouts,
// resets and redirects to another host or to a moved-page landing, each with
// every file:line that cites it. Exits 1 only for definite breakage (404, 410,
// a host that does not exist); the rest are warnings. Needs the internet: it
// is not part of `npm test` (see docs/outbound-links.md's scheduled-CI recipe).
//
//   npm run check:links
//   options: --dir <content dir>  --max-age <hours> (default 24; 0: ask every site again)
//            --timeout <seconds> (default 15)  --cache <file> (default .cache/links/results.json)
//
// It lives in scripts/content/ because it reads the content with the content
// checker (scripts/content/check/) and answers the people who edit it, by file and line.
import path from 'node:path';
import { loadChecker } from './check/load';
import { allowlist, allowlistMistakes } from './links/allowlist';
import { DEFAULT_CACHE_FILE, readCache, writeCache } from './links/cache';
import { outboundUrls } from './links/collect';
import { checkOutboundLinks, exitCodeOf, formatResults } from './links/run';

interface Options {
  dir?: string;
  maxAgeHours: number;
  timeoutSeconds: number;
  cacheFile: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { maxAgeHours: 24, timeoutSeconds: 15, cacheFile: DEFAULT_CACHE_FILE };
  const number = (arg: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${arg} needs a number of ${arg === '--timeout' ? 'seconds' : 'hours'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir' && argv[i + 1]) options.dir = argv[++i];
    else if (arg === '--max-age') options.maxAgeHours = number(arg, argv[++i]);
    else if (arg === '--timeout') options.timeoutSeconds = number(arg, argv[++i]);
    else if (arg === '--cache' && argv[i + 1]) options.cacheFile = argv[++i];
    else throw new Error(`unknown option ${arg} (options: --dir, --max-age, --timeout, --cache)`);
  }
  return options;
}

async function main(argv = process.argv.slice(2), root = process.cwd()) {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`check:links: ${(error as Error).message}`);
    return 2;
  }
  const mistakes = allowlistMistakes(allowlist);
  if (mistakes.length) {
    console.error(`check:links: scripts/content/links/allowlist.ts:\n  ${mistakes.join('\n  ')}`);
    return 2;
  }
  const checker = await loadChecker(root);
  const session = checker.openContentDir({ root, source: checker.contentSource, contentDir: options.dir, appDir: null, messagesDir: null });
  session.check();
  const urls = outboundUrls(session.documents());
  const cacheFile = path.resolve(root, options.cacheFile);
  const cache = readCache(cacheFile);
  const results = await checkOutboundLinks(urls, {
    allowlist,
    cache,
    maxAgeMs: options.maxAgeHours * 3_600_000,
    timeoutMs: options.timeoutSeconds * 1000,
  });
  writeCache(cacheFile, cache);
  console.log(formatResults(results));
  return exitCodeOf(results);
}

process.exitCode = await main();
