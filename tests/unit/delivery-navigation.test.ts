// After the first page (lib/delivery-navigation.ts) in the host configs: the
// Speculation-Rules header on every page location, the rules' own file and
// type, and Markdown on request in nginx (the e2e suite checks what nginx and
// Chromium actually do).
import { describe, expect, it } from 'vitest';
import {
  acceptMarkdownPattern,
  contentTypes,
  hosts,
  pageHeaders,
  speculationRules,
  speculationRulesPath,
  speculationRulesType,
  wantsMarkdown,
} from '@/lib/delivery';
import { nginxSiteConfig } from '@/scripts/build/export/nginx-config';
import { cloudflareHeadersFile, netlifyHeadersFile } from '@/scripts/build/export/static-host-config';
import { parseNginx, locationsOf, type NginxBlock } from './helpers/nginx-parse';

const sections = ['case-studies', 'deployment', 'resources', 'why-ray'];
const textFiles = ['/llms.txt', '/en.md', '/zh/deployment.md'];
const nginx = parseNginx(nginxSiteConfig({ sections, textFiles }));
const locations = locationsOf(nginx);
const find = (match: string) => locations.find((l) => l.args.join(' ') === match)!;
const headers = (b: NginxBlock) =>
  Object.fromEntries(b.directives.filter((d) => d.name === 'add_header').map((d) => [d.args[0], d.args[1]]));

describe('Markdown on request', () => {
  it.each([
    ['text/markdown', true],
    ['text/markdown, text/html;q=0.9', true],
    ['text/plain, text/markdown; charset=utf-8', true],
    ['TEXT/MARKDOWN', true],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', false],
    ['text/html, text/markdown', false],
    ['*/*', false],
    ['text/markdownx', false],
    ['', false],
    [undefined, false],
  ])('Accept %j → Markdown: %s', (accept, markdown) => {
    expect(wantsMarkdown(accept)).toBe(markdown);
  });

  it('nginx picks the twin at server level and rewrites in every page location, which vary on Accept', () => {
    const server = nginx.directives.find((d) => d.name === 'if' && d.args[0] === '($http_accept');
    expect(server?.args).toEqual(['($http_accept', '~*', acceptMarkdownPattern, ')']);
    expect(server?.block?.directives).toEqual([{ name: 'set', args: ['$site_markdown', '$request_filename.md'] }]);
    for (const match of ['^~ /zh/', '^~ /en/', '/']) {
      const location = find(match);
      const rewrite = location.directives.find((d) => d.name === 'if');
      expect(rewrite?.args, match).toEqual(['(-f', '$site_markdown)']);
      expect(rewrite?.block?.directives).toEqual([{ name: 'rewrite', args: ['^', '$uri.md', 'last'] }]);
      // before try_files, so the twin wins when it exists
      const names = location.directives.map((d) => d.name);
      expect(names.indexOf('if')).toBeLessThan(names.indexOf('try_files'));
      expect(headers(location).Vary).toBe('Accept');
    }
    expect(headers(find('= /zh/deployment.md')).Vary).toBe('Accept');
    expect(headers(find('= /llms.txt')).Vary).toBeUndefined();
    expect(hosts.nginx.negotiatesMarkdown).toBe(true);
    expect(hosts.netlify.negotiatesMarkdown || hosts.cloudflare.negotiatesMarkdown).toBe(false);
  });
});

describe('speculation rules', () => {
  it('every page location and 404 page names the rules; the file has its type', () => {
    for (const match of ['^~ /zh/', '^~ /en/', '/', '= /404.html', '= /zh/404.html', '= /en/404.html'])
      expect(headers(find(match))['Speculation-Rules'], match).toBe(`"${speculationRulesPath}"`);
    expect(contentTypes).toContainEqual({ paths: [speculationRulesPath], type: speculationRulesType });
    const file = find(`= ${speculationRulesPath}`);
    expect(file.directives.find((d) => d.name === 'default_type')?.args).toEqual([speculationRulesType]);
    for (const text of [netlifyHeadersFile({ sections }), cloudflareHeadersFile({ sections })])
      expect(text).toMatch(/^ {2}Speculation-Rules: "\/speculation-rules\.json"$/m);
    expect(pageHeaders(false)).toEqual({ 'Speculation-Rules': '"/speculation-rules.json"' });
  });

  it('prefetches on hover only, same-origin page links, never search, text, feeds, share images or queries', () => {
    const [rule, ...more] = speculationRules().prefetch;
    expect(more).toEqual([]);
    expect(rule.eagerness).toBe('moderate');
    expect(rule.source).toBe('document');
    const [pages, not, selectors] = rule.where.and;
    expect(pages.href_matches).toEqual(['/zh', '/zh/*', '/en', '/en/*']);
    expect(not.not?.href_matches).toEqual(
      expect.arrayContaining(['/zh/search', '/en/search', '/*.md', '/*.txt', '/en/feed.xml', '/og/*', { pathname: '/*', search: '(.+)' }]),
    );
    expect(selectors.not?.selector_matches).toContain('[href^="#"]');
    expect(JSON.stringify(speculationRules())).not.toMatch(/prerender|immediate|eager"/);
  });
});
