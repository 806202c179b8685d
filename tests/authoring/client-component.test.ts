// The static export never ships a page that would need React in the browser:
// in a temporary copy, the deployment page renders a client component
// (tests/fixtures/client-component/counter.tsx), and `npm run build` must fail,
// naming both pages that render it and the component's file and export.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root, sh, tempCopy } from '../../scripts/lib/temp-copy';

test('a client component on a page fails the build, naming the pages and the component', { timeout: 10 * 60_000 }, (t) => {
  const copy = tempCopy('client-component');
  t.after(copy.remove);
  fs.copyFileSync(path.join(root, 'tests/fixtures/client-component/counter.tsx'), path.join(copy.dir, 'components/counter.tsx'));
  const route = path.join(copy.dir, 'app/[locale]/deployment/page.tsx');
  const original = fs.readFileSync(route, 'utf8');
  // The page renders the component beside its usual content.
  fs.writeFileSync(
    route,
    original
      .replace(/^export default .*$/m, '')
      .concat(
        "\nimport { Counter } from '@/components/counter';\n" +
          'export default async function DeploymentWithCounter(props: { params: Promise<{ locale: string }> }) {\n' +
          '  return (<>{await Route(props)}<Counter /></>);\n}\n',
      ),
  );
  assert.match(original, /standardRoute\('\/deployment'\)/, 'the fixture edit expects the route file to use standardRoute');

  const build = sh(copy.dir, 'npm', ['run', 'build']);
  assert.notEqual(build.status, 0, 'the build must fail');
  assert.match(build.out, /Static export: 2 client component\(s\) found/);
  // (Paths are relative to Turbopack's root: in this copy, the repository that holds the lockfile.)
  for (const page of ['/zh/deployment', '/en/deployment']) {
    assert.match(build.out, new RegExp(`${page}: (tmp/[^/]+/)?components/counter\\.tsx \\(export Counter\\)`));
  }
  assert.match(build.out, /Render them on the server \(remove 'use client'\)/);
  assert.doesNotMatch(build.out, /\n\s+at .*\(.*:\d+:\d+\)/, 'a message, not a stack trace');
  // Nothing of that build looks servable: the export step stopped before writing host configs.
  assert.equal(fs.existsSync(path.join(copy.dir, 'hosting', 'nginx', 'site.conf')), false);
});
