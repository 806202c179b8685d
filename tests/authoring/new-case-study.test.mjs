// The marketer's path, end to end, in a temporary copy of the repository:
// `npm run new -- case-study …` → content:check passes (draft) → fill in the
// placeholders and publish (draft: false) → `npm run build` → the page is
// served in both languages and listed on the case-study index, the home page,
// the sitemap and the feeds; a second case study left as a draft appears
// nowhere. The repository itself is not touched.
//
//   npm run test:authoring        (node --test; one production build, ~2–4 min on 2 cores)
//
// The copy lives in the repository's git-ignored tmp/ folder, without
// package-lock.json and with node_modules symlinked: Turbopack only compiles
// files inside its root, which it finds by the nearest lockfile, so the
// repository's own lockfile makes the symlinked node_modules part of the root.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', '.git', '.contentlayer', 'tmp', 'test-results', 'reports', 'coverage', 'out', 'package-lock.json', 'tsconfig.tsbuildinfo']);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_ENV: undefined };
delete env.NODE_ENV;
delete env.NEXT_DIST_DIR;

function sh(cwd, cmd, args) {
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForServer(url, child, log) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start did not answer:\n${log()}`);
}

test('a case study made with npm run new is published everywhere after a build, and a draft nowhere', { timeout: 20 * 60_000 }, async (t) => {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const work = fs.mkdtempSync(path.join(root, 'tmp', 'authoring-'));
  let server;
  t.after(() => {
    if (server && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  // 1. A copy of the repository (no build output, no node_modules).
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry) || entry.startsWith('.next')) continue;
    fs.cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');

  // 2. Two new case studies, as an author would start them.
  for (const slug of ['authoring-check', 'authoring-draft']) {
    const made = sh(work, 'npm', ['run', '--silent', 'new', '--', 'case-study', slug]);
    assert.equal(made.status, 0, made.out);
    assert.match(made.out, new RegExp(`content/zh/case-studies/${slug}\\.mdx`));
    assert.match(made.out, new RegExp(`content/en/case-studies/${slug}\\.mdx`));
  }
  const drafts = sh(work, 'npm', ['run', '--silent', 'content:check']);
  assert.equal(drafts.status, 0, `the new drafts pass content:check:\n${drafts.out}`);

  // 3. Publishing with the placeholders still in is refused, naming the file and line…
  const file = (locale, slug) => path.join(work, 'content', locale, 'case-studies', `${slug}.mdx`);
  const edit = (locale, slug, change) => fs.writeFileSync(file(locale, slug), change(fs.readFileSync(file(locale, slug), 'utf8')));
  for (const locale of ['zh', 'en']) edit(locale, 'authoring-check', (s) => s.replace('draft: true', 'draft: false'));
  const refused = sh(work, 'npm', ['run', '--silent', 'content:check']);
  assert.equal(refused.status, 1);
  assert.match(refused.out, /content\/zh\/case-studies\/authoring-check\.mdx:4 — still has placeholder text \(TODO\)/);

  // …and accepted once they are filled in.
  const titles = { zh: 'Authoring 公司：检查用的案例', en: 'Authoring Co: the check case study' };
  for (const locale of ['zh', 'en']) {
    edit(locale, 'authoring-check', (s) =>
      s
        .replace(/^title: .*$/m, `title: "${titles[locale]}"`)
        .replaceAll('TODO ', locale === 'zh' ? '示例 ' : 'Example ')
        .replaceAll('TODO', 'example'),
    );
  }
  const published = sh(work, 'npm', ['run', '--silent', 'content:check']);
  assert.equal(published.status, 0, published.out);

  // 4. The production build (prebuild runs content:check first).
  const build = sh(work, 'npm', ['run', 'build']);
  assert.equal(build.status, 0, `npm run build failed:\n${build.out.slice(-6000)}`);
  assert.match(build.out, /content:check: 0 errors/);

  // 5. Serve it and look.
  const port = await freePort();
  let log = '';
  server = spawn(path.join(work, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: work, env, detached: true });
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/en`, server, () => log);
  const get = async (p) => {
    const res = await fetch(base + p, { redirect: 'manual' });
    return { status: res.status, text: await res.text() };
  };

  for (const locale of ['zh', 'en']) {
    const page = await get(`/${locale}/case-studies/authoring-check`);
    assert.equal(page.status, 200, `/${locale}/case-studies/authoring-check`);
    assert.match(page.text, new RegExp(`<h1[^>]*>${titles[locale]}</h1>`));
    assert.equal((await get(`/${locale}/case-studies/authoring-draft`)).status, 404, `the draft /${locale}/case-studies/authoring-draft is not built`);

    for (const listing of [`/${locale}/case-studies`, `/${locale}`, `/${locale}/feed.xml`]) {
      const { status, text } = await get(listing);
      assert.equal(status, 200, listing);
      assert.ok(text.includes(`/${locale}/case-studies/authoring-check`), `${listing} lists the new case study`);
      assert.ok(!text.includes('authoring-draft'), `${listing} does not list the draft`);
    }
    // The header navigation and the other case studies' pagers never point at the draft.
    const other = await get(`/${locale}/case-studies/spotify`);
    assert.ok(!other.text.includes('authoring-draft'), `/${locale}/case-studies/spotify does not link the draft`);
  }
  if (fs.existsSync(path.join(work, 'app', 'sitemap.ts'))) {
    const sitemap = await get('/sitemap.xml');
    assert.equal(sitemap.status, 200);
    for (const locale of ['zh', 'en']) assert.ok(sitemap.text.includes(`/${locale}/case-studies/authoring-check`), `sitemap lists /${locale}/case-studies/authoring-check`);
    assert.ok(!sitemap.text.includes('authoring-draft'), 'the sitemap does not list the draft');
  }

  // 6. The repository itself was not touched.
  for (const locale of ['zh', 'en']) {
    for (const slug of ['authoring-check', 'authoring-draft']) assert.ok(!fs.existsSync(path.join(root, 'content', locale, 'case-studies', `${slug}.mdx`)));
  }
});
