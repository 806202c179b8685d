// The figures of `npm run report:traffic` from access-log lines (lib/access-log.ts):
// what people read, where they came from, dead inbound links, site searches,
// Markdown reads, crawlers, and prefetches counted apart. Pure: the caller reads
// the files and, where a build exists, says which searches find nothing.
import { parseLogLine, type LogLine } from '@/lib/access-log';
import { routing } from '@/i18n/routing';
import { SEARCH_ROUTE } from '@/lib/routes';

/** Crawlers by user agent, AI crawlers named (their operators' published agent names). */
export const crawlerAgents: { name: string; ai: boolean; match: RegExp }[] = [
  ...['GPTBot', 'ChatGPT-User', 'OAI-SearchBot', 'ClaudeBot', 'Claude-User', 'Claude-SearchBot', 'anthropic-ai', 'PerplexityBot']
    .concat(['Perplexity-User', 'CCBot', 'Bytespider', 'Amazonbot', 'meta-externalagent', 'cohere-ai', 'MistralAI-User', 'DuckAssistBot'])
    .map((name) => ({ name, ai: true, match: new RegExp(name.replace('-', '[-_]'), 'i') })),
  ...[
    'Googlebot',
    'bingbot',
    'Applebot',
    'DuckDuckBot',
    'Baiduspider',
    'YandexBot',
    'Sogou',
    'SeznamBot',
    'facebookexternalhit',
    'Slackbot',
  ].map((name) => ({ name, ai: false, match: new RegExp(name, 'i') })),
];
const GENERIC_BOT = /bot\b|crawl|spider|slurp|curl|wget|python-requests|go-http-client|headless/i;

/** The crawler a user agent names, or null for a person's browser. */
export function crawlerOf(userAgent: string): { name: string; ai: boolean } | null {
  const known = crawlerAgents.find((c) => c.match.test(userAgent));
  if (known) return { name: known.name, ai: known.ai };
  if (!userAgent || GENERIC_BOT.test(userAgent)) return { name: 'other robots', ai: false };
  return null;
}

export type TrafficFigures = {
  /** Page views by people (no crawler, no prefetch), by page. */
  pages: { path: string; locale: string; views: number }[];
  /** Referrers from other sites, by origin. */
  referrers: { origin: string; hits: number }[];
  /** 404s with the pages that link to them (the dead inbound links). */
  notFound: { path: string; hits: number; referrers: string[] }[];
  /** Site searches (the header's and the no-JS form's GET ?q=); found: hits in the built index, null without one. */
  searches: { query: string; locale: string; count: number; found: number | null }[];
  /** Reads of the Markdown twins, Markdown asked by Accept, and llms.txt files. */
  markdown: { path: string; how: 'file' | 'accept' | 'llms'; hits: number }[];
  /** Requests by people and by crawlers; crawlers by name. */
  crawlers: { people: number; crawlers: { name: string; ai: boolean; hits: number }[] };
  /** Speculation-rules prefetches (Sec-Purpose: prefetch), apart from views. */
  prefetches: { total: number; pages: { path: string; hits: number }[] };
};

const locales = routing.locales as readonly string[];
const isPage = (path: string) => locales.includes(path.split('/')[1]) && !/\.[a-z0-9]+$/i.test(path);
const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));

function splitTarget(target: string): { path: string; query: URLSearchParams } {
  const url = new URL(target, 'http://log.invalid');
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {}
  return { path, query: url.searchParams };
}

/** Figures of the lines of one or more logs; `found(query, locale)` counts a search's results (null: unknown). */
export function trafficFigures(lines: string[], found: (query: string, locale: string) => number | null = () => null): TrafficFigures {
  const pages = new Map<string, number>();
  const referrers = new Map<string, number>();
  const notFound = new Map<string, { hits: number; referrers: Set<string> }>();
  const searches = new Map<string, number>();
  const markdown = new Map<string, number>();
  const crawlers = new Map<string, number>();
  const prefetches = new Map<string, number>();
  let people = 0;
  let prefetchTotal = 0;
  const parsed = lines.map(parseLogLine).filter((l): l is LogLine => l !== null);
  for (const line of parsed) {
    const { path, query } = splitTarget(line.target);
    if (/prefetch/i.test(line.secPurpose)) {
      prefetchTotal++;
      count(prefetches, path);
      continue;
    }
    const crawler = crawlerOf(line.userAgent);
    if (crawler) count(crawlers, JSON.stringify(crawler));
    else people++;
    if (line.status === 404) {
      const entry = notFound.get(path) ?? { hits: 0, referrers: new Set<string>() };
      entry.hits++;
      if (line.referrer) entry.referrers.add(line.referrer);
      notFound.set(path, entry);
    }
    const ok = line.status === 200 || line.status === 304;
    if (ok && /\.md$/.test(path)) count(markdown, JSON.stringify([path, 'file']));
    else if (ok && /\/llms(-full)?\.txt$/.test(path)) count(markdown, JSON.stringify([path, 'llms']));
    else if (ok && isPage(path) && line.contentType.startsWith('text/markdown')) count(markdown, JSON.stringify([path, 'accept']));
    if (crawler || !ok || !isPage(path) || line.contentType.startsWith('text/markdown')) continue;
    const locale = path.split('/')[1];
    const q = query.get('q')?.trim();
    if (path === `/${locale}${SEARCH_ROUTE}` && q) count(searches, JSON.stringify([q.toLowerCase(), locale]));
    if (!query.size) count(pages, path);
    if (line.referrer) {
      try {
        const from = new URL(line.referrer);
        if (from.host !== line.host) count(referrers, from.origin);
      } catch {}
    }
  }
  return {
    pages: sorted(pages).map(([path, views]) => ({ path, locale: path.split('/')[1], views })),
    referrers: sorted(referrers).map(([origin, hits]) => ({ origin, hits })),
    notFound: [...notFound]
      .sort((a, b) => b[1].hits - a[1].hits || a[0].localeCompare(b[0]))
      .map(([path, e]) => ({ path, hits: e.hits, referrers: [...e.referrers].sort() })),
    searches: sorted(searches).map(([key, n]) => {
      const [query, locale] = JSON.parse(key) as [string, string];
      return { query, locale, count: n, found: found(query, locale) };
    }),
    markdown: sorted(markdown).map(([key, hits]) => {
      const [path, how] = JSON.parse(key) as [string, 'file' | 'accept' | 'llms'];
      return { path, how, hits };
    }),
    crawlers: {
      people,
      crawlers: sorted(crawlers).map(([key, hits]) => ({ ...(JSON.parse(key) as { name: string; ai: boolean }), hits })),
    },
    prefetches: { total: prefetchTotal, pages: sorted(prefetches).map(([path, hits]) => ({ path, hits })) },
  };
}
