import { describe, expect, it } from 'vitest';
import { editUrl } from '../../lib/site';

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
