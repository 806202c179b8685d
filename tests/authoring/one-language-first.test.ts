// Publishing in one language first (issue 20, §2) and "Edit this page" (§4),
// end to end in a temporary copy: `npm run new -- case-study … --only zh`,
// filled in and published, builds; its en URL serves a short noindex notice
// in English linking to the zh page; hreflang and the sitemap list only zh;
// the zh page's language switch goes to the notice; the en lists, feed and
// search index leave it out; check:deploy passes with such a page present.
// The build sets EDIT_URL_BASE, so pages link to their own source file.
//
//   npx tsx --test tests/authoring/one-language-first.test.ts   (one production build)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { freePort, sh, tempCopy } from '../../scripts/lib/temp-copy';
import type { startNginx as StartNginx } from '../../scripts/serve/nginx';
import { listOnPillars } from './pillars';

const SLUG = 'zh-first';
const ROUTE = `/case-studies/${SLUG}`;
const EDIT_BASE = 'https://git.example.org/acme/site/edit/main/';
const SITE_URL = 'http://localhost:3000'; // the build's default origin

test(
  'a zh-only page builds, with a noindex notice at its en URL and only zh in hreflang and the sitemap',
  { timeout: 20 * 60_000 },
  async (t) => {
    const copy = tempCopy('one-language');
    const work = copy.dir;
    let server: Awaited<ReturnType<typeof StartNginx>> | undefined;
    t.after(async () => {
      await server?.stop();
      if (process.env.KEEP_COPY)
        console.log(`kept: ${work}`); // to look at its out/ (screenshots)
      else copy.remove();
    });

    // 1. One language only, declared; filled in and published.
    const made = sh(work, 'npm', ['run', '--silent', 'new', '--', 'case-study', SLUG, '--only', 'zh']);
    assert.equal(made.status, 0, made.out);
    const file = path.join(work, 'content', 'zh', 'case-studies', `${SLUG}.mdx`);
    assert.ok(!fs.existsSync(path.join(work, 'content', 'en', 'case-studies', `${SLUG}.mdx`)), 'no en file');
    const title = '先发中文：只有中文版的案例';
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('draft: true', 'draft: false')
        .replace(/^title: .*$/m, `title: "${title}"`)
        .replaceAll('TODO ', '示例 ')
        .replaceAll('TODO', 'example')
        .replaceAll('https://example.com/', 'https://engineering.zh-first.com/'),
    );
    listOnPillars(work, SLUG, ['zh']); // the zh pillars the template links
    const checked = sh(work, 'npm', ['run', '--silent', 'content:check']);
    assert.equal(checked.status, 0, `a declared zh-only page passes content:check:\n${checked.out}`);

    // Undeclared, the same page is an error naming the missing file and the way out.
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('translationPending: true\n', ''));
    const undeclared = sh(work, 'npm', ['run', '--silent', 'content:check']);
    assert.equal(undeclared.status, 1);
    assert.match(
      undeclared.out,
      new RegExp(
        `content/zh/case-studies/${SLUG}\\.mdx — has no English version: content/en/case-studies/${SLUG}\\.mdx is missing — .*translationPending: true`,
      ),
    );
    fs.writeFileSync(file, text);

    // 2. The production build, with the edit links on.
    const build = sh(work, 'npm', ['run', 'build'], { EDIT_URL_BASE: EDIT_BASE, SITE_URL });
    assert.equal(build.status, 0, `npm run build failed:\n${build.out.slice(-6000)}`);

    // 3. Served as production is.
    const { startNginx }: { startNginx: typeof StartNginx } = await import(path.join(work, 'scripts', 'serve', 'nginx.ts'));
    server = await startNginx({ port: await freePort(), host: '127.0.0.1' });
    const base = server.url;
    const get = async (p: string) => {
      const res = await fetch(base + p, { redirect: 'manual' });
      return { status: res.status, text: await res.text() };
    };

    const zh = await get(`/zh${ROUTE}`);
    assert.equal(zh.status, 200);
    assert.match(zh.text, new RegExp(`<h1[^>]*>${title}</h1>`));
    const alternates = [...zh.text.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(alternates, [
      ['zh-CN', `${SITE_URL}/zh${ROUTE}`],
      ['x-default', `${SITE_URL}/zh${ROUTE}`],
    ]);
    assert.match(zh.text, new RegExp(`<a href="/en${ROUTE}" data-locale="en"`), 'the language switch goes to the notice page');
    assert.match(zh.text, new RegExp(`<a href="${EDIT_BASE}content/zh/case-studies/${SLUG}\\.mdx" data-edit-link[^>]*>编辑此页</a>`));

    const en = await get(`/en${ROUTE}`);
    assert.equal(en.status, 200, 'the en URL serves the notice');
    assert.match(en.text, /<html lang="en"/);
    assert.match(en.text, /<meta name="robots" content="noindex"\/>/);
    assert.match(en.text, /This page is in Chinese only, for now/);
    assert.match(en.text, new RegExp(`<a href="/zh${ROUTE}" hrefLang="zh-CN"[^>]*>Read it in Chinese</a>`));
    assert.doesNotMatch(en.text, /rel="alternate" hrefLang|rel="canonical"/, 'the notice claims no canonical or hreflang');
    assert.match(en.text, new RegExp(`<a href="/zh${ROUTE}" data-locale="zh"`), 'its language switch goes back to the zh page');

    const sitemap = await get('/sitemap.xml');
    assert.ok(sitemap.text.includes(`/zh${ROUTE}`), 'the sitemap lists the zh page');
    assert.ok(!sitemap.text.includes(`/en${ROUTE}`), 'the sitemap does not list the en URL');

    const searchDir = path.join(work, 'out', 'assets', 'search');
    // The en index in parts (lib/search/split.ts): its head, term shards and body chunks.
    const enIndex = fs.readdirSync(searchDir).filter((f) => /^en\..*\.json$/.test(f));
    assert.ok(
      enIndex.some((f) => /^en\.[0-9a-f]{10}\.json$/.test(f)),
      'the en search index is built',
    );
    for (const listing of ['/en/case-studies', '/en', '/en/feed.xml', ...enIndex.map((f) => `/assets/search/${f}`)]) {
      const { status, text: body } = await get(listing);
      assert.equal(status, 200, listing);
      assert.ok(!body.includes(SLUG), `${listing} leaves the zh-only page out`);
    }
    assert.ok((await get('/zh/case-studies')).text.includes(`/zh${ROUTE}`), 'the zh list has it');

    // 4. check:deploy passes with such a page present.
    const deploy = sh(work, 'npm', ['run', '--silent', 'check:deploy', '--', '--host', 'nginx', '--site-url', SITE_URL, base]);
    assert.equal(deploy.status, 0, `check:deploy:\n${deploy.out.slice(-4000)}`);
  },
);
