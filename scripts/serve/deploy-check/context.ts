// What every check of `npm run check:deploy` shares: the deployment it asks,
// what the host promises (lib/delivery.ts `hosts`), the emulator's known
// limits, and the list of results.
import { securityHeaders, type HostBehaviour, type HostName } from '@/lib/delivery';
import type { EmulatorLimit, LimitId } from './emulator-limits';

/** A request to the deployment; redirects are never followed. */
export type Get = (path: string, init?: RequestInit) => Promise<Response>;

export type Result = { name: string; ok: boolean; detail: string; known?: EmulatorLimit };

export type Context = {
  /** The address asked, e.g. http://127.0.0.1:3000. */
  base: string;
  /** The origin every absolute link of the site must use (`--site-url`, else the base's). */
  origin: string;
  hostName: HostName;
  host: HostBehaviour;
  /** Known differences of the emulator being checked (`--emulator`), else none. */
  limits: EmulatorLimit[];
  get: Get;
  results: Result[];
};

/** Records a check. A failure that a known emulator limit covers is reported as known, not failed. */
export function check(ctx: Context, name: string, ok: unknown, detail = '', limit?: LimitId) {
  const known = !ok && limit ? ctx.limits.find((l) => l.id === limit) : undefined;
  ctx.results.push({ name, ok: Boolean(ok), detail, known });
}

export const limited = (ctx: Context, id: LimitId) => ctx.limits.some((l) => l.id === id);

/** Security headers that are missing or differ from the policy. */
export function securityProblems(res: Response): string[] {
  return Object.entries(securityHeaders())
    .filter(([k, v]) => res.headers.get(k) !== v)
    .map(([k]) => k);
}

/** Headers that tell every cache to keep nothing (or to revalidate each time). */
export const uncached = (res: Response) => /no-store|no-cache|private|max-age=0\b/.test(res.headers.get('cache-control') ?? '');

export const isRedirect = (res: Response) => res.status >= 300 && res.status < 400;

export const locationPath = (ctx: Context, res: Response) => new URL(res.headers.get('location') ?? '', ctx.base + '/').pathname;

/** Security headers and no cookie, as every response must carry. */
export function checkSecurity(ctx: Context, what: string, res: Response, limit?: LimitId) {
  const missing = securityProblems(res);
  check(ctx, `${what}: security headers`, missing.length === 0, missing.length ? `missing or different: ${missing.join(', ')}` : '', limit);
  check(ctx, `${what}: no cookie`, !res.headers.get('set-cookie'));
}
