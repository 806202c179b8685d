// A hostile pull request, with content:check skipped (issue 31): in a
// temporary copy, the worst probes of tests/fixtures/content-untrusted/ go
// into content/en/ and the compile steps run on their own — `contentlayer2
// build` (which `npm run dev` and `npm run typecheck` also run) and then
// `next build`. Contentlayer refuses every probe with its file:line in English
// and Chinese and exits 1, writing no generated content, so next build stops
// too; the code never runs (no marker file is written), and no environment
// value reaches .contentlayer/, .next/ or out/.
//
//   tsx --test tests/authoring/untrusted-content.test.ts     (~1 min on 2 cores)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root, sh, tempCopy } from '../../scripts/lib/temp-copy';

const PROBES = ['fs-write.mdx', 'env.mdx', 'require.mdx', 'inner-html.mdx', 'redirect.mdx', 'script-links.mdx', 'js-frontmatter.mdx'];
const MARKER = 'content-probe-marker.txt';
/** A value only the build's environment holds: it must not appear in any built file. */
const SECRET = 'probe-secret-5f0c1e9a';

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((e) => (e.isFile() ? [path.join(e.parentPath, e.name)] : []));
}

test('the compile step refuses a page holding code even when content:check is skipped', { timeout: 15 * 60_000 }, (t) => {
  const copy = tempCopy('untrusted-content');
  t.after(copy.remove);
  for (const probe of PROBES)
    fs.copyFileSync(path.join(root, 'tests/fixtures/content-untrusted/en', probe), path.join(copy.dir, 'content/en', `zz-${probe}`));
  const env = { HOME: `/home/${SECRET}`, CI_DEPLOY_TOKEN: SECRET };

  const content = sh(copy.dir, 'npx', ['contentlayer2', 'build'], env);
  assert.notEqual(content.status, 0, 'contentlayer2 build must fail');
  for (const [file, line, en, zh] of [
    ['zz-fs-write.mdx', 10, 'is code (names, calls, member access, JSX)', '是代码'],
    ['zz-env.mdx', 8, '{process.env.HOME} is code', '{process.env.HOME} 是代码'],
    ['zz-require.mdx', 8, "{require('../../package.json').name} is code", '是代码'],
    ['zz-inner-html.mdx', 8, 'dangerouslySetInnerHTML is not allowed on <div>', '上不能用 dangerouslySetInnerHTML'],
    ['zz-redirect.mdx', 8, 'an element inside braces {<…>} is code', '花括号里的元素'],
    ['zz-script-links.mdx', 8, '"javascript:alert(1)" is not an address content may use', '不是内容里可以使用的地址'],
  ] as const) {
    const lines = content.out.split('\n').filter((l) => l.includes(`content/en/${file}:${line} — `));
    assert.ok(
      lines.some((l) => l.includes(en)),
      `${file}:${line} in English:\n${content.out.slice(0, 3000)}`,
    );
    assert.ok(
      lines.some((l) => l.includes(zh)),
      `${file}:${line} in Chinese`,
    );
  }
  assert.match(content.out, /frontmatter must be YAML \(a first line of exactly ---\), not JavaScript/);
  assert.equal(fs.existsSync(path.join(copy.dir, MARKER)), false, 'the probe code ran during contentlayer2 build');

  // Contentlayer writes no generated content when a document is refused, so next build stops too: nothing is exported.
  const next = sh(copy.dir, 'npx', ['next', 'build'], env);
  assert.notEqual(next.status, 0, 'next build must fail without the generated content');
  assert.match(next.out, /Can't resolve 'contentlayer\/generated'/);
  assert.equal(fs.existsSync(path.join(copy.dir, MARKER)), false, 'the probe code ran during next build');
  const built = fs.existsSync(path.join(copy.dir, 'out')) ? filesUnder(path.join(copy.dir, 'out')) : [];
  const leaked = built.filter((f) => {
    const text = fs.readFileSync(f, 'latin1');
    return text.includes(SECRET) || text.includes('root:x:0:0') || text.includes('"name": "ray-ml-infra-site"');
  });
  assert.deepEqual(leaked, [], 'an environment value or an outside file reached out/');
  for (const dir of ['.contentlayer', '.next'])
    if (fs.existsSync(path.join(copy.dir, dir)))
      for (const f of filesUnder(path.join(copy.dir, dir)))
        assert.ok(!fs.readFileSync(f, 'latin1').includes(SECRET), `${path.relative(copy.dir, f)} holds the secret`);
});
