// One outbound URL over HTTP: HEAD, then GET when HEAD is refused or fails
// (many servers answer HEAD with 403, 405 or nothing), following redirects
// by hand so that every hop is seen. Only a 404, a 410 or a host that does
// not exist is "broken"; everything else that is not a plain 200 is a warning.

export type Verdict = 'ok' | 'warning' | 'broken';
export interface ProbeResult {
  verdict: Verdict;
  /** What was found, for the report: "HTTP 404", "redirects to another host: …". */
  note: string;
  status?: number;
  /** Where the redirects ended, when there were any. */
  finalUrl?: string;
  /** When it was checked (ms since the epoch): the cache's clock. */
  checkedAt: number;
}
export interface ProbeOptions {
  timeoutMs: number;
  maxRedirects?: number;
  now?: () => number;
}

const USER_AGENT = 'ray-ml-infra-site check:links (outbound link check; weekly)';

export async function probe(url: string, { timeoutMs, maxRedirects = 10, now = Date.now }: ProbeOptions): Promise<ProbeResult> {
  const result = (verdict: Verdict, note: string, extra: Partial<ProbeResult> = {}): ProbeResult => ({
    verdict,
    note,
    ...extra,
    checkedAt: now(),
  });
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let response: Response;
    try {
      response = await request(current, timeoutMs);
    } catch (error) {
      const failure = describeError(error, timeoutMs);
      return result(failure.verdict, failure.note, hop ? { finalUrl: current } : {});
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).toString();
      continue;
    }
    const finalUrl = current === url ? undefined : current;
    const status = response.status;
    if (status === 404 || status === 410) return result('broken', `HTTP ${status}`, { status, finalUrl });
    if (status >= 400) return result('warning', `HTTP ${status}`, { status, finalUrl });
    if (status >= 300) return result('warning', `HTTP ${status} without a Location`, { status, finalUrl });
    if (finalUrl && hostOf(finalUrl) !== hostOf(url)) return result('warning', `redirects to another host: ${finalUrl}`, { status, finalUrl });
    if (finalUrl && looksLikeMovedLanding(url, finalUrl))
      return result('warning', `redirects to what looks like a moved-page landing: ${finalUrl}`, { status, finalUrl });
    return result('ok', finalUrl ? `HTTP ${status} after redirects to ${finalUrl}` : `HTTP ${status}`, { status, finalUrl });
  }
  return result('warning', `more than ${maxRedirects} redirects`, { finalUrl: current });
}

/** HEAD; GET when HEAD gets an error status or fails without timing out. The GET's body is not read. */
async function request(url: string, timeoutMs: number): Promise<Response> {
  const init = (method: string): RequestInit => ({
    method,
    redirect: 'manual',
    headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*;q=0.8' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  let head: Response | undefined;
  try {
    head = await fetch(url, init('HEAD'));
    if (head.status < 400) return head;
  } catch (error) {
    if (isTimeout(error)) throw error;
  }
  try {
    const get = await fetch(url, init('GET'));
    await get.body?.cancel().catch(() => {});
    return get;
  } catch (error) {
    if (head) return head; // GET failed where HEAD answered: keep HEAD's answer
    throw error;
  }
}

const isTimeout = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** Codes of the error (or its cause) fetch threw. */
function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code ?? (error as { code?: string })?.code;
}

export function describeError(error: unknown, timeoutMs: number): { verdict: Verdict; note: string } {
  if (isTimeout(error)) return { verdict: 'warning', note: `no answer within ${timeoutMs / 1000} s (timeout)` };
  const code = codeOf(error);
  // ENOTFOUND: the name does not exist (NXDOMAIN). EAI_AGAIN is a resolver that did not answer: maybe temporary.
  if (code === 'ENOTFOUND') return { verdict: 'broken', note: 'DNS: the host name does not exist' };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { verdict: 'warning', note: 'the connection was reset' };
  if (code === 'ECONNREFUSED') return { verdict: 'warning', note: 'the connection was refused' };
  const message = (error as { cause?: Error })?.cause?.message ?? (error as Error)?.message ?? String(error);
  return { verdict: 'warning', note: `request failed: ${code ? `${code} ` : ''}${message}` };
}

/** The host, without a leading www.: example.org and www.example.org are one site. */
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * A redirect from a deep page to the site's front page, a bare language or
 * version root (/en/, /en/latest/), or a page named like "404", "not found",
 * "moved": the usual landing of a page that was removed or moved.
 */
export function looksLikeMovedLanding(from: string, to: string): boolean {
  const a = new URL(from);
  const b = new URL(to);
  const segments = (u: URL) => u.pathname.split('/').filter(Boolean);
  if (/\b(404|not[-_ ]?found|page[-_ ]?(moved|gone|removed)|moved)\b/i.test(b.pathname + b.search) && !/404|not[-_ ]?found|moved/i.test(a.pathname))
    return true;
  const rootish = segments(b).every((s) => /^([a-z]{2}([-_][a-z]{2})?|latest|stable|master|main|v?\d+(\.\d+)*)$/i.test(s));
  return rootish && segments(a).length > segments(b).length;
}
