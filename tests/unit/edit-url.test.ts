import { describe, expect, it } from 'vitest';
import { editUrl, readEditUrlBase, readSiteUrl } from '../../lib/site';

describe('EDIT_URL_BASE: the "Edit this page" link', () => {
  it('points at the page’s own source file under content/, whatever the trailing slash', () => {
    expect(editUrl('https://github.com/acme/site/edit/main/', 'zh/case-studies/spotify.mdx')).toBe(
      'https://github.com/acme/site/edit/main/content/zh/case-studies/spotify.mdx',
    );
    expect(editUrl('https://github.com/acme/site/edit/main', 'en/index.mdx')).toBe(
      'https://github.com/acme/site/edit/main/content/en/index.mdx',
    );
  });

  it('is absent when the build sets no base', () => {
    expect(editUrl(undefined, 'zh/index.mdx')).toBeUndefined();
    expect(editUrl('', 'zh/index.mdx')).toBeUndefined();
  });
});

// Settings are validated when lib/site.ts loads (issue 31): a bad one stops the build, naming the variable.
describe('SITE_URL and EDIT_URL_BASE', () => {
  it('take an http(s) origin and an https address ending in /', () => {
    expect(readSiteUrl(undefined)).toBe('http://localhost:3000');
    expect(readSiteUrl('https://ray.example.org/')).toBe('https://ray.example.org');
    expect(readSiteUrl('http://127.0.0.1:3310')).toBe('http://127.0.0.1:3310');
    expect(readEditUrlBase('https://github.com/acme/site/edit/main/')).toBe('https://github.com/acme/site/edit/main/');
    expect(readEditUrlBase('  ')).toBeUndefined();
  });

  it('refuse anything else, naming the variable', () => {
    for (const bad of ['javascript:alert(1)', 'https://a.b"><x>', 'https://a.b/path', 'ftp://a.b', 'ray.example.org', 'https://a.b?x=1'])
      expect(() => readSiteUrl(bad), bad).toThrow(/^SITE_URL must be the site's origin/);
    for (const bad of [
      'javascript:alert(1)//',
      'http://github.com/a/',
      'https://github.com/a/edit/main',
      'https://github.com/a b/',
      'https://x.y/"/',
    ])
      expect(() => readEditUrlBase(bad), bad).toThrow(/^EDIT_URL_BASE must be an https: address ending in \//);
  });
});
