// What the site writes besides its HTML carries nothing the HTML would not
// (issue 31): the Markdown twins and llms.txt drop links the site refuses and
// escape markup in frontmatter values; the Atom feed marks titles and
// summaries as text. Today's content comes out unchanged (markdown-twin.test.ts).
import { Feed } from 'feed';
import { describe, expect, it } from 'vitest';
import { asText } from '@/lib/feeds';
import { markdownLink, markdownText } from '@/lib/markdown/paths';
import { mdxToMarkdown } from '@/lib/markdown/twin';
import { siteUrl } from '@/lib/site';

const md = (source: string) => mdxToMarkdown(source, 'en', `${siteUrl}/en/deployment`);

describe('Markdown twins and llms.txt', () => {
  it('drop a link whose address the site refuses, and keep its text', () => {
    const out = md('[Run](javascript:alert(1)) and ![x](data:image/png;base64,AAAA) and [ok](/en/resources)');
    expect(out).not.toMatch(/javascript:|data:/);
    expect(out).toContain('Run and');
    expect(out).toContain(`[ok](${siteUrl}/en/resources)`);
  });

  it('drop a component link written with a refused address', () => {
    const out = md('<LinkCard href="data:text/html,<script>alert(1)</script>" title="Data" kind="page" />');
    expect(out).not.toContain('data:');
    expect(out).toContain('Data');
  });

  it('escape markup in frontmatter values, so no link, HTML or code can be made of them', () => {
    expect(markdownText('x](javascript:alert(1)) <img src=x onerror=alert(1)> `code` *b*\nnext')).toBe(
      'x\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\`code\\` \\*b\\* next',
    );
    expect(markdownLink('Title [1]', 'https://a.b/x (y)')).toBe('[Title \\[1\\]](https://a.b/x%20%28y%29)');
    expect(markdownLink('Run', 'javascript:alert(1)')).toBe('Run');
  });
});

describe('the Atom feed', () => {
  it('writes titles and summaries as escaped text, a "]]>" in them included', () => {
    const feed = new Feed({ id: 'https://a.b/', title: 'Feed', copyright: '' });
    const texts = ['A <b>bold</b> title ]]><script>alert(1)</script>', 'Summary & more'];
    feed.addItem({ title: '\u00000\u0000', id: 'https://a.b/1', link: 'https://a.b/1', description: '\u00001\u0000', date: new Date(0) });
    const atom = asText(feed.atom1(), texts);
    expect(atom).toContain('<title type="text">A &lt;b&gt;bold&lt;/b&gt; title ]]&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(atom).toContain('<summary type="text">Summary &amp; more</summary>');
    expect(atom).not.toContain('type="html"');
  });

  it('fails rather than publish a title it could not write as text', () => {
    expect(() => asText('<title type="html"><![CDATA[\u00007]]></title>', [])).toThrow(/as text/);
  });
});
