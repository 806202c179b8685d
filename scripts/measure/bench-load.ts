// `npm run bench:load`: load test of the production server (`npm start`:
// nginx with the site's generated config) against a bare nginx (same process
// settings, nginx's defaults, no site rules) serving the very same out/
// folder, in the same run, one page of each type, with autocannon.
// Loopback only (127.0.0.1). The bare server has no clean URLs, so it is asked
// for the files (/zh.html); the site for its URLs (/zh). Both send the same
// uncompressed bytes (autocannon asks for no encoding); the site's responses
// carry its security and cache headers on top.
//
// Needs a build (`npm run build`). Ports 3302 and 3303 (or BASE_URL for the site).
// Options (env): BENCH_DURATION seconds per server and page (default 20; 4 for
// a quick run), BENCH_CONNECTIONS (default 50). The seconds are split into four
// rounds in the order site, bare, bare, site, so that drift in the machine's
// load (two cores shared with autocannon) falls on both servers alike. Exits 1 when the site has errors or non-2xx,
// or serves under 0.9× the bare server's requests per second.
import { cpus, loadavg, totalmem } from 'node:os';
import autocannon, { type Result } from 'autocannon';
import { kb, startServer, table } from './site';
import { startNginx } from '../serve/nginx';

const duration = Number(process.env.BENCH_DURATION ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const target = 0.9;
const rounds = 4;
/** For the record: `next start` with the locale proxy, same machine, before the static export (README, 2026-11-27). */
const nextStartRecord = '449–663 req/s (next start, 2026-11-27)';

/** One page per page type: [label, site URL, file the bare server serves]. */
const pageTypes = [
  ['home (zh)', '/zh', '/zh.html'],
  ['home (en)', '/en', '/en.html'],
  ['section index', '/en/why-ray', '/en/why-ray.html'],
  ['pillar', '/zh/why-ray/seamless-dev-to-prod', '/zh/why-ray/seamless-dev-to-prod.html'],
  ['case-study list', '/zh/case-studies', '/zh/case-studies.html'],
  ['case study', '/en/case-studies/spotify', '/en/case-studies/spotify.html'],
  ['deployment', '/zh/deployment', '/zh/deployment.html'],
  ['resources', '/en/resources', '/en/resources.html'],
];

function run(url: string, seconds = duration): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10 }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** The rounds of one server on one page, as one figure: requests/s over all of them, median latencies. */
function figures(results: Result[]) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  const seconds = results.reduce((n, r) => n + r.duration, 0);
  return {
    rps: Math.round(total / seconds),
    p50: median(results.map((r) => r.latency.p50)),
    p99: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    total,
  };
}

const site = await startServer({ port: 3302 });
const bare = await startNginx({ port: 3303, host: '127.0.0.1', bare: true });
let exitCode = 0;
try {
  console.log(
    `Machine: ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other processes skew timings)`,
  );
  console.log(
    `autocannon: ${connections} connections, ${duration} s per server and page in ${rounds} interleaved rounds, keep-alive, loopback; site ${site.url}, bare nginx ${bare.url}`,
  );
  const rows = [];
  const failures = [];
  const ratios = [];
  // Warm up both servers (and autocannon itself) before anything counts.
  for (const url of [site.url + pageTypes[0][1], bare.url + pageTypes[0][2]]) await run(url, Math.min(3, duration));
  for (const [type, p, file] of pageTypes) {
    const [a, b] = await Promise.all([fetch(site.url + p), fetch(bare.url + file)]);
    const [sa, sb] = [Buffer.from(await a.arrayBuffer()), Buffer.from(await b.arrayBuffer())];
    if (a.status !== 200 || b.status !== 200 || !sa.equals(sb))
      throw new Error(`${p}: the two servers do not send the same page (${a.status}, ${b.status})`);
    const siteRuns = [];
    const bareRuns = [];
    for (let round = 0; round < rounds; round++) {
      const siteFirst = round % 4 === 0 || round % 4 === 3;
      for (const which of siteFirst ? ['site', 'bare'] : ['bare', 'site']) {
        if (which === 'site') siteRuns.push(await run(site.url + p, duration / rounds));
        else bareRuns.push(await run(bare.url + file, duration / rounds));
      }
    }
    const [s, r] = [figures(siteRuns), figures(bareRuns)];
    const ratio = s.rps / r.rps;
    ratios.push(ratio);
    console.log(`  ${type} ${p}: site ${s.rps} req/s, bare ${r.rps} req/s`);
    if (s.errors || s.non2xx || !s.total) failures.push(`${p}: ${s.errors} errors, ${s.non2xx} non-2xx of ${s.total}`);
    rows.push([
      type,
      p,
      kb(sa.length),
      s.rps,
      s.p50,
      s.p99,
      s.errors,
      s.non2xx,
      r.rps,
      r.p50,
      r.p99,
      r.errors + r.non2xx,
      `${ratio.toFixed(2)}×`,
    ]);
  }
  console.log();
  console.log(
    table(
      [
        'page type',
        'path',
        'HTML KB',
        'site req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'non-2xx',
        'bare req/s',
        'p50 ms',
        'p99 ms',
        'err+non-2xx',
        'site/bare',
      ],
      rows,
    ),
  );
  const low = Math.min(...ratios);
  console.log(
    `\nLatency in ms (autocannon percentiles). site/bare: ${low.toFixed(2)}–${Math.max(...ratios).toFixed(2)}× (target ≥ ${target}×). For the record, before the static export: ${nextStartRecord}.`,
  );
  if (failures.length) failures.forEach((f) => console.log(`The site failed requests: ${f}`));
  if (low < target) console.log(`Below target on at least one page: ${low.toFixed(2)}×.`);
  if (failures.length || low < target) exitCode = 1;
  else console.log('The site served every request with 2xx, no errors, within target.');
} finally {
  await bare.stop();
  await site.stop();
}
process.exit(exitCode);
