// `npm run audit:lighthouse`: Lighthouse 12 (default mobile settings: Moto G
// Power emulation, simulated slow 4G, 4× CPU slowdown) over every page of both
// locales, with Debian's headless Chromium, a fresh profile per page.
// Prints page × scores, LCP, TBT, CLS, HTML, script and total transferred bytes
// and exits 1 when a page misses the budget.
//
// Needs a build (`npm run build`); starts `npm start`'s nginx on 127.0.0.1:3300
// itself, or audits BASE_URL (e.g. BASE_URL=http://127.0.0.1:3000) when set.
// Options (env): PAGES=/en,/zh/deployment (a subset), LH_RUNS (runs per page,
// default 3; the median run by performance, then LCP, counts), LH_OUT=dir
// (saves each JSON report), FLOOR=0 (skips the two floor pages of
// floor-pages.ts, measured in the same run for comparison, never budgeted).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { floorPaths, startFloorServer } from './floor-pages';
import { byteBudget, chromiumFlags, chromiumPath, kb, pagePaths, startServer, table } from './site';

const budget = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  cls: 0,
  // The one-stylesheet floor (floor-pages.ts) on this machine. When this run
  // measures the floor page higher, that plus LCP_JITTER is the limit: no page
  // can beat it, and Lighthouse's simulation moves a few ms run to run.
  lcp: 900,
  // No page runs JavaScript on load; what blocks is the browser's own style and
  // layout of a whole page (0–92 ms on this machine; the inline-CSS floor page 0–28 ms).
  tbt: 100,
  total: byteBudget.total,
  html: byteBudget.html,
};
/** Milliseconds the floor page's LCP moves between runs of the same build (901–903 ms). */
const LCP_JITTER = 5;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'] & { documentHeaderBytes: number };
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));

/** Headless Chromium with a fresh profile; resolves with its DevTools port. */
async function launchChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), 'lh-profile-'));
  const child = spawn(chromiumPath, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // own process group, so close() ends Chromium's helpers too
  });
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 20_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited:\n${err}`));
    });
  });
  child.stderr.resume();
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {}
      await exited;
    }
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.log(`  (could not remove ${profile}: ${(error as NodeJS.ErrnoException).code})`);
    }
  };
  return { port, close };
}

/**
 * Bytes of the page's response headers. Lighthouse's transfer size counts them,
 * and over the local server's HTTP/1.1 the security headers are about 1 KB;
 * over HTTP/2 or 3 they are compressed away. The HTML budget is the
 * compressed document, as audit:weight measures it, so they are taken off.
 */
function documentHeaderBytes(log: readonly { method: string; params: unknown }[]) {
  for (const event of log) {
    if (event.method !== 'Network.responseReceived') continue;
    const params = event.params as { type?: string; response?: { encodedDataLength?: number } };
    if (params.type === 'Document') return Math.max(0, params.response?.encodedDataLength ?? 0);
  }
  return 0;
}

async function auditOnce(url: string) {
  const chrome = await launchChromium();
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`no Lighthouse result for ${url}`);
    return { ...result.lhr, documentHeaderBytes: documentHeaderBytes(result.artifacts.DevtoolsLog) };
  } finally {
    await chrome.close();
  }
}

/** Lighthouse 12.2 with Chromium 156 now and then fails to record the trace (NO_NAVSTART): retry those runs. */
async function audit(url: string) {
  let lhr: Lhr | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    lhr = await auditOnce(url);
    if (!lhr.runtimeError) return lhr;
    console.log(`  ${url}: Lighthouse run failed (${lhr.runtimeError.code}), retrying`);
  }
  return lhr!;
}

function summarize(lhr: Lhr) {
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const resources =
    (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const bytes = (type: string) => resources.find((i) => i.resourceType === type)?.transferSize ?? 0;
  const failing: string[] = [];
  for (const c of categories.slice(1)) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) failing.push(`${c}: ${a.id} (${a.title})`);
    }
  }
  if (lhr.runtimeError) failing.push(`runtime error: ${lhr.runtimeError.message}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
    tbt: lhr.audits['total-blocking-time'].numericValue ?? 0,
    cls: lhr.audits['cumulative-layout-shift'].numericValue ?? 0,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? 0,
    script: bytes('script'),
    html: bytes('document') - lhr.documentHeaderBytes,
    font: bytes('font'),
    total: bytes('total'),
    failing,
  };
}

const server = await startServer({ port: 3300 });
const floor = process.env.FLOOR === '0' ? undefined : await startFloorServer();
let exitCode = 0;
try {
  const only = process.env.PAGES?.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const pages = only?.length ? only : await pagePaths();
  const outDir = process.env.LH_OUT;
  if (outDir) mkdirSync(outDir, { recursive: true });
  console.log(
    `Machine: ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other processes skew timings)`,
  );
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults, ${pages.length} pages × ${runs} run(s), ${server.url}`,
  );
  console.log(`Browser: ${execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`);
  const rows = [];
  const problems = [];
  const benchmarks: number[] = [];
  // The floor first: its LCP can raise the limit for the site's pages.
  const targets = [
    ...(floor ? floorPaths.map((page) => ({ page, origin: floor.url, budgeted: false })) : []),
    ...pages.map((page) => ({ page, origin: server.url, budgeted: true })),
  ];
  let lcpLimit = budget.lcp;
  for (const { page, origin, budgeted } of targets) {
    const started = Date.now();
    const results: ReturnType<typeof summarize>[] = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(origin + page);
      if (outDir)
        writeFileSync(
          path.join(outDir, `${page.replace(/^\//, '').replace(/\//g, '_') || 'root'}${runs > 1 ? `.${i + 1}` : ''}.json`),
          JSON.stringify(lhr),
        );
      results.push(summarize(lhr));
    }
    results.sort((a, b) => a.performance - b.performance || b.lcp - a.lcp);
    benchmarks.push(...results.map((x) => x.benchmarkIndex));
    const r = results[Math.floor((results.length - 1) / 2)];
    const misses: string[] = [];
    for (const c of categories) if (r[c] < budget[c]) misses.push(`${c} ${r[c]} < ${budget[c]}`);
    if (r.cls > budget.cls) misses.push(`CLS ${r.cls.toFixed(4)} > ${budget.cls}`);
    if (page === floorPaths[0]) lcpLimit = Math.max(budget.lcp, Math.round(r.lcp) + LCP_JITTER);
    if (r.lcp > lcpLimit) misses.push(`LCP ${Math.round(r.lcp)} ms > ${lcpLimit}`);
    if (r.tbt > budget.tbt) misses.push(`TBT ${Math.round(r.tbt)} ms > ${budget.tbt}`);
    if (r.total > budget.total) misses.push(`${kb(r.total)} KB > ${kb(budget.total)} KB`);
    if (r.html > budget.html) misses.push(`HTML ${kb(r.html)} KB > ${kb(budget.html)} KB`);
    if (!budgeted) misses.length = 0; // a floor page is the reference, not a page of the site
    if (misses.length) problems.push(`${page}: ${misses.join(', ')}${r.failing.length ? `\n    ${r.failing.join('\n    ')}` : ''}`);
    rows.push([
      page,
      r.performance,
      r.accessibility,
      r['best-practices'],
      r.seo,
      Math.round(r.lcp),
      Math.round(r.tbt),
      r.cls.toFixed(3),
      kb(r.html),
      kb(r.font),
      kb(r.script),
      kb(r.total),
      !budgeted ? 'floor' : misses.length ? 'FAIL' : 'ok',
    ]);
    console.log(
      `  ${page}: ${((Date.now() - started) / 1000).toFixed(1)} s${runs > 1 ? ` (perf runs: ${results.map((x) => x.performance).join(' ')})` : ''}`,
    );
  }
  console.log();
  console.log(
    table(['page', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'HTML KB', 'font KB', 'script KB', 'total KB', ''], rows),
  );
  benchmarks.sort((a, b) => a - b);
  console.log(`\nLighthouse BenchmarkIndex of this machine (median): ${Math.round(benchmarks[Math.floor(benchmarks.length / 2)] ?? 0)}`);
  console.log(
    `Budget: performance ${budget.performance}, accessibility = best-practices = SEO = 100, LCP ≤ ${lcpLimit} ms (${budget.lcp}, or the one-stylesheet floor + ${LCP_JITTER} ms if higher), TBT ≤ ${budget.tbt} ms, CLS ${budget.cls}, ≤ ${kb(budget.total)} KB a page, HTML ≤ ${kb(budget.html)} KB. Bytes are transferred (compressed) sizes; the HTML figure leaves out its response headers (about 1 KB over HTTP/1.1, compressed over HTTP/2), as audit:weight does.`,
  );
  if (problems.length) {
    console.log(`\n${problems.length} page(s) below budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    exitCode = 1;
  } else {
    console.log('All pages within budget.');
  }
} finally {
  await server.stop();
  await floor?.stop();
}
process.exit(exitCode);
