// Placeholder sources (scripts/content/check/placeholder-hosts.ts): a published
// page's sources, resource addresses and links must lead to the real source.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { placeholderHost } from '../../scripts/content/check/placeholder-hosts';
import { loadChecker } from '../../scripts/content/check/load';
import type { Problem } from '@/scripts/content/check/index';
import { checkFixture } from './helpers/check-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('placeholderHost', () => {
  it.each([
    'https://example.com/talk',
    'https://example.org/post',
    'https://example.net/',
    'https://blog.example.com/x',
    'https://www.example.org/x',
    'https://localhost/x',
    'http://localhost:3000/en/deployment',
    'https://app.localhost/x',
    'https://127.0.0.1/x',
    'https://127.1.2.3:8080/x',
    'https://10.0.0.5/x',
    'https://172.16.0.1/x',
    'https://172.31.255.255/x',
    'https://192.168.1.20/x',
    'https://169.254.169.254/latest',
    'https://0.0.0.0/x',
    'https://[::1]/x',
    'https://[fd00::1]/x',
    'https://[fe80::1]/x',
    'https://[::ffff:127.0.0.1]/x',
  ])('rejects %s', (url) => expect(placeholderHost(url)).toBeTruthy());

  it.each([
    'https://engineering.atspotify.com/2023/02/unleashing-ml-innovation-at-spotify-with-ray',
    'https://shopify.engineering/merlin',
    'https://www.anyscale.com/blog',
    'https://notexample.com/x',
    'https://example.com.evil.io/x',
    'https://172.32.0.1/x',
    'https://8.8.8.8/x',
    'https://[2001:4860:4860::8888]/x',
  ])('accepts %s', (url) => expect(placeholderHost(url)).toBeUndefined());
});

describe('content:check on placeholder sources', () => {
  let dir: string;
  let checker: Awaited<ReturnType<typeof loadChecker>>;
  beforeAll(async () => {
    checker = await loadChecker(root);
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-placeholder-'));
    fs.cpSync(path.join(root, 'tests/fixtures/content-valid'), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const edit = (rel: string, from: string, to: string) => {
    const file = path.join(dir, rel);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(from);
    fs.writeFileSync(file, text.replaceAll(from, to));
  };
  const check = (): Problem[] => checkFixture(checker, root, dir);
  const shown = (p: Problem) =>
    `${p.severity[0].toUpperCase()} ${path.relative(dir, p.file)}:${p.line} ${p.rule} — ${p.message} — ${p.fix}`;

  it('rejects them in sources, in a resource and in a body link, naming the field and the line', () => {
    edit('en/case-studies/acme-forge.mdx', 'url: "https://acme-forge.com/acme"', 'url: "https://example.com/talk"');
    edit('zh/case-studies/acme-forge.mdx', 'url: "https://acme-forge.com/acme"', 'url: "acme/talk"');
    edit('resources/acme-talk.yaml', 'https://acme-forge.com/acme-talk', 'https://192.168.1.20/talk');
    for (const locale of ['en', 'zh'])
      edit(`${locale}/case-studies/acme-forge.mdx`, 'href="https://acme-forge.com/acme"', 'href="http://localhost:3000/acme"');
    const found = check().map(shown);
    expect(found).toEqual(
      expect.arrayContaining([
        'E en/case-studies/acme-forge.mdx:23 url-placeholder — "url" in sources item 1 is not a real source: https://example.com/talk (example.com is a placeholder domain) — write the address of the real source, starting with https://',
        'E zh/case-studies/acme-forge.mdx:21 url-invalid — "url" in sources item 1 is not a full web address: acme/talk — write the whole address of the real source, starting with https://',
        'E resources/acme-talk.yaml:2 url-placeholder — "url" is not a real source: https://192.168.1.20/talk (192.168.1.20 is a loopback or private address) — write the address of the real source, starting with https://',
        "E en/case-studies/acme-forge.mdx:38 url-placeholder — <LinkCard href> to http://localhost:3000/acme does not lead to a real page (localhost is the author's own machine) — write the address of the real source, or remove the link",
      ]),
    );
    expect(found.filter((l) => / (url-placeholder|url-invalid) /.test(l))).toHaveLength(5);
  });

  it('accepts real hosts, and a draft that still has its template placeholders', () => {
    expect(check()).toEqual([]);
    edit('resources/acme-talk.yaml', 'https://acme-forge.com/acme-talk', 'https://example.com/TODO');
    fs.appendFileSync(path.join(dir, 'resources/acme-talk.yaml'), 'draft: true\n');
    expect(check().map(shown)).toEqual([]);
  });
});
