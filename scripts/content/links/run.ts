// check:links' work: each outbound URL once (allowlisted ones skipped, fresh
// cached results reused, the rest probed a few at a time), then the report
// naming every file:line that cites each problem URL, and the exit status.
import { allowedBy, type AllowEntry } from './allowlist';
import { isFresh, type LinkCache } from './cache';
import type { OutboundUrl } from './collect';
import { probe, type ProbeResult } from './probe';

export interface LinkCheckOptions {
  allowlist: AllowEntry[];
  cache: LinkCache;
  maxAgeMs: number;
  timeoutMs: number;
  concurrency?: number;
  now?: () => number;
}
export interface LinkResult extends OutboundUrl {
  result?: ProbeResult;
  allowed?: AllowEntry;
  fromCache?: boolean;
}

export async function checkOutboundLinks(urls: OutboundUrl[], options: LinkCheckOptions): Promise<LinkResult[]> {
  const { allowlist, cache, maxAgeMs, timeoutMs, concurrency = 4, now = Date.now } = options;
  const results: LinkResult[] = urls.map((u) => ({ ...u }));
  const queue = results.filter((r) => {
    r.allowed = allowedBy(r.url, allowlist);
    if (r.allowed) return false;
    const cached = cache[r.url];
    if (isFresh(cached, maxAgeMs, now())) Object.assign(r, { result: cached, fromCache: true });
    return !r.result;
  });
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      next.result = await probe(next.url, { timeoutMs, now });
      cache[next.url] = next.result;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

/** 1 when a link is definitely broken (404, 410, a host that does not exist); warnings alone pass. */
export const exitCodeOf = (results: LinkResult[]) => (results.some((r) => r.result?.verdict === 'broken') ? 1 : 0);

export function formatResults(results: LinkResult[]): string {
  const lines: string[] = [];
  for (const verdict of ['broken', 'warning'] as const) {
    for (const r of results.filter((x) => x.result?.verdict === verdict)) {
      lines.push(`${verdict === 'broken' ? 'BROKEN' : 'warning'}  ${r.url} — ${r.result!.note}${r.fromCache ? ' (cached)' : ''}`);
      for (const c of r.citations) lines.push(`    cited at ${c.file}:${c.line}`);
    }
  }
  const count = (v: string) => results.filter((r) => r.result?.verdict === v).length;
  const skipped = results.filter((r) => r.allowed);
  for (const r of skipped) lines.push(`skipped  ${r.url} — allowlisted: ${r.allowed!.reason}`);
  const cached = results.filter((r) => r.fromCache).length;
  lines.push(
    `check:links: ${results.length} outbound URLs: ${count('ok')} ok, ${count('warning')} warnings, ${count('broken')} broken, ` +
      `${skipped.length} allowlisted (${cached} from the cache).`,
  );
  return lines.join('\n');
}
