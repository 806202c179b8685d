// The marketer's path, end to end, in a temporary copy of the repository:
// `npm run new -- case-study …` → content:check passes (draft) → fill in the
// placeholders and publish (draft: false) → `npm run build` → the page is
// served in both languages and listed on the case-study index, the home page,
// the sitemap and the feeds; a second case study left as a draft appears
// nowhere. The repository itself is not touched.
//
//   npm run test:authoring        (tsx --test; one production build, ~2–4 min on 2 cores)
//
// The copy: scripts/lib/temp-copy.ts. It is served by its own `npm start`
// (nginx), as production is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { freePort, root, sh, tempCopy } from '../../scripts/lib/temp-copy';
import type { startNginx as StartNginx } from '../../scripts/serve/nginx';
import { listOnPillars } from './pillars';

test(
  'a case study made with npm run new is published everywhere after a build, and a draft nowhere',
  { timeout: 20 * 60_000 },
  async (t) => {
    // 1. A copy of the repository (no build output; node_modules linked).
    const copy = tempCopy('authoring');
    const work = copy.dir;
    let server: Awaited<ReturnType<typeof StartNginx>> | undefined;
    t.after(async () => {
      await server?.stop();
      copy.remove();
    });

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
    const file = (locale: string, slug: string) => path.join(work, 'content', locale, 'case-studies', `${slug}.mdx`);
    const edit = (locale: string, slug: string, change: (text: string) => string) =>
      fs.writeFileSync(file(locale, slug), change(fs.readFileSync(file(locale, slug), 'utf8')));
    for (const locale of ['zh', 'en']) edit(locale, 'authoring-check', (s: string) => s.replace('draft: true', 'draft: false'));
    const refused = sh(work, 'npm', ['run', '--silent', 'content:check']);
    assert.equal(refused.status, 1);
    assert.match(refused.out, /content\/zh\/case-studies\/authoring-check\.mdx:4 — still has placeholder text \(TODO\)/);

    // …and accepted once they are filled in.
    const titles: Record<string, string> = { zh: 'Authoring 公司：检查用的案例', en: 'Authoring Co: the check case study' };
    for (const locale of ['zh', 'en']) {
      edit(
        locale,
        'authoring-check',
        (s: string) =>
          s
            .replace(/^title: .*$/m, `title: "${titles[locale]}"`)
            .replaceAll('TODO ', locale === 'zh' ? '示例 ' : 'Example ')
            .replaceAll('TODO', 'example')
            .replaceAll('https://example.com/', 'https://engineering.authoring-check.com/'), // the template's placeholder host is an error once published
      );
    }
    // Published, the template's links to every pillar need those pillars to list the story.
    const unlisted = sh(work, 'npm', ['run', '--silent', 'content:check']);
    assert.equal(unlisted.status, 1);
    assert.match(
      unlisted.out,
      /authoring-check\.mdx:\d+ — links the pillar page \/zh\/why-ray\/[a-z-]+, but content\/zh\/why-ray\/[a-z-]+\.mdx does not list "authoring-check"/,
    );
    listOnPillars(work, 'authoring-check', ['zh', 'en']);
    const published = sh(work, 'npm', ['run', '--silent', 'content:check']);
    assert.equal(published.status, 0, published.out);

    // 4. The production build (prebuild runs content:check first).
    const build = sh(work, 'npm', ['run', 'build']);
    assert.equal(build.status, 0, `npm run build failed:\n${build.out.slice(-6000)}`);
    assert.match(build.out, /content:check: 0 errors/);

    // 5. Serve it as production does (nginx, the copy's own config) and look.
    const { startNginx }: { startNginx: typeof StartNginx } = await import(path.join(work, 'scripts', 'serve', 'nginx.ts'));
    server = await startNginx({ port: await freePort(), host: '127.0.0.1' });
    const base = server.url;
    const get = async (p: string) => {
      const res = await fetch(base + p, { redirect: 'manual' });
      return { status: res.status, text: await res.text() };
    };

    for (const locale of ['zh', 'en']) {
      const page = await get(`/${locale}/case-studies/authoring-check`);
      assert.equal(page.status, 200, `/${locale}/case-studies/authoring-check`);
      assert.match(page.text, new RegExp(`<h1[^>]*>${titles[locale]}</h1>`));
      assert.equal(
        (await get(`/${locale}/case-studies/authoring-draft`)).status,
        404,
        `the draft /${locale}/case-studies/authoring-draft is not built`,
      );

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
      for (const locale of ['zh', 'en'])
        assert.ok(
          sitemap.text.includes(`/${locale}/case-studies/authoring-check`),
          `sitemap lists /${locale}/case-studies/authoring-check`,
        );
      assert.ok(!sitemap.text.includes('authoring-draft'), 'the sitemap does not list the draft');
    }

    // 6. The repository itself was not touched.
    for (const locale of ['zh', 'en']) {
      for (const slug of ['authoring-check', 'authoring-draft'])
        assert.ok(!fs.existsSync(path.join(root, 'content', locale, 'case-studies', `${slug}.mdx`)));
    }
  },
);
