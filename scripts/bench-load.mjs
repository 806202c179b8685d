// `npm run bench:load`: load test of the production server, one page of each
// type, with autocannon; beside it, in the same run, the same figures for a
// plain static file server (node:http, scripts/lib/static-server.mjs) serving
// the very same HTML, fetched from the site first. Loopback only (127.0.0.1).
//
// Needs a build (`npm run build`); starts `next start` on 127.0.0.1:3302 (or
// uses BASE_URL) and the static server on 127.0.0.1:3303, stops both at the end.
// Options (env): BENCH_DURATION seconds per run (default 20; 2 for a quick run),
// BENCH_CONNECTIONS (default 50). Exits 1 when the site has errors or non-2xx.
// Both servers send uncompressed HTML here (autocannon asks for no encoding).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { kb, root, startServer, table } from './lib/site.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const staticPort = Number(process.env.STATIC_PORT ?? 3303);

/** One page per page type. */
const pageTypes = [
  ['home (zh)', '/zh'],
  ['home (en)', '/en'],
  ['section index', '/en/why-ray'],
  ['pillar', '/zh/why-ray/seamless-dev-to-prod'],
  ['case-study list', '/zh/case-studies'],
  ['case study', '/en/case-studies/spotify'],
  ['deployment', '/zh/deployment'],
  ['resources', '/en/resources'],
];

function run(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, pipelining: 1, timeout: 10 }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const figures = (r) => ({
  rps: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
  total: r.requests.total,
});

const site = await startServer({ port: 3302 });
const dir = mkdtempSync(path.join(tmpdir(), 'bench-static-'));
let reference;
let exitCode = 0;
try {
  // The reference serves the same bytes the site sends for each page.
  const sizes = {};
  for (const [, p] of pageTypes) {
    const res = await fetch(site.url + p, { headers: { 'accept-encoding': 'identity' } });
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    sizes[p] = body.length;
    writeFileSync(path.join(dir, `${p.slice(1).replace(/\//g, '__')}.html`), body);
  }
  reference = fork(path.join(root, 'scripts/lib/static-server.mjs'), [dir, String(staticPort)], { stdio: 'inherit' });
  await new Promise((resolve, reject) => {
    reference.once('message', resolve);
    reference.once('exit', (code) => reject(new Error(`static server exited (${code})`)));
  });
  const staticUrl = `http://127.0.0.1:${staticPort}`;

  console.log(`Machine: ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes skew timings)`);
  console.log(`autocannon: ${connections} connections, ${duration} s per run, keep-alive, loopback; site ${site.url}, static reference ${staticUrl}`);
  const rows = [];
  const failures = [];
  for (const [type, p] of pageTypes) {
    // Warm up both (first render after start, JIT), then measure.
    await fetch(site.url + p).then((r) => r.arrayBuffer());
    const s = figures(await run(site.url + p));
    const r = figures(await run(staticUrl + p));
    console.log(`  ${type} ${p}: site ${s.rps} req/s, static ${r.rps} req/s`);
    if (s.errors || s.non2xx || !s.total) failures.push(`${p}: ${s.errors} errors, ${s.non2xx} non-2xx of ${s.total}`);
    rows.push([type, p, kb(sizes[p]), s.rps, s.p50, s.p99, s.errors, s.non2xx, r.rps, r.p50, r.p99, r.errors + r.non2xx, `${((s.rps / r.rps) * 100).toFixed(0)}%`]);
  }
  console.log();
  console.log(table(['page type', 'path', 'HTML KB', 'site req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'static req/s', 'p50 ms', 'p99 ms', 'err+non-2xx', 'site/static'], rows));
  console.log(`\nLatency in ms (autocannon percentiles). "static" is a node:http server answering from memory with the same HTML.`);
  if (failures.length) {
    console.log(`The site failed requests:\n  ${failures.join('\n  ')}`);
    exitCode = 1;
  } else {
    console.log('The site served every request with 2xx, no errors.');
  }
} finally {
  if (reference && reference.exitCode === null) {
    reference.kill('SIGTERM');
    await new Promise((r) => reference.once('exit', r));
  }
  rmSync(dir, { recursive: true, force: true });
  await site.stop();
}
process.exit(exitCode);
