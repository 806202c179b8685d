// The export step's two checks on fixtures (tests/fixtures/export/): what it
// strips from a page as Next exports it, and how it finds client components.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { addCspMeta, stripFramework } from '@/scripts/build/export/strip-framework';
import { clientComponentsIn, sourcesFromManifests } from '@/scripts/build/export/client-components';
import { contentSecurityPolicy, contentSecurityPolicyMeta, pageMayLoadScript, scriptHash } from '@/lib/delivery';
import { headScript } from '@/lib/inline-scripts';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8');
const page = fixture('page.html').replace('HEAD_SCRIPT', headScript);
const allowed = new Set([scriptHash(headScript)]);

describe('stripFramework', () => {
  const { html, removed, problems } = stripFramework(page, allowed);

  it('removes Next’s scripts, preloads, bootstrap and RSC payload', () => {
    expect(problems).toEqual([]);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('_R_');
    expect(html).not.toContain('next-size-adjust');
    expect(html).not.toContain('<div hidden=""><!--$--><!--/$--></div>');
    expect(removed).toBe(11); // 8 scripts, 1 script preload, the size-adjust meta, the empty outlet
  });

  it('keeps the page, its stylesheet, the font preload, JSON-LD and the allowed inline script', () => {
    expect(html).toContain('<h1>Deploying Ray</h1>');
    expect(html).toContain('rel="stylesheet" href="/_next/static/chunks/0qofw3temae7j.css"');
    expect(html).toContain('as="font"');
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain(`<script>${headScript}</script>`);
    expect(html.trimEnd().endsWith('</main></body></html>')).toBe(true);
  });

  it('reports an inline script the CSP does not allow, and a foreign script file', () => {
    const tampered = page.replace('</main>', '</main><script>alert(1)</script><script src="https://cdn.example/x.js"></script>');
    const result = stripFramework(tampered, allowed);
    expect(result.problems).toEqual([
      'an inline script that the CSP does not allow: "alert(1)"…',
      'a script from https://cdn.example/x.js that is not ours to remove, or not allowed on this page (allowedPageScripts)',
    ]);
  });
});

describe('modules named in data-module (loaded by the head script after first paint)', () => {
  const named = (src: string) => page.replace('</main>', `</main><div id="search" data-module="${src}"></div>`);
  const onPage = (urlPath: string) => (src: string) => pageMayLoadScript(urlPath, src);

  it('are allowed on the pages allowedPageScripts names, and reported anywhere else', () => {
    expect(stripFramework(named('/assets/search/search.0123456789.js'), allowed, onPage('/en/search')).problems).toEqual([]);
    expect(stripFramework(named('/assets/search/search.0123456789.js'), allowed, onPage('/en/deployment')).problems).toEqual([
      'a module (data-module) from /assets/search/search.0123456789.js that is not allowed on this page (allowedPageScripts)',
    ]);
    expect(stripFramework(named('https://cdn.example/x.js'), allowed, onPage('/en/search')).problems).toHaveLength(1);
  });
});

describe('our own module scripts (allowedPageScripts)', () => {
  const moduleTag = '<script type="module" src="/assets/search/search.0123456789.js"></script>';
  const withModule = page.replace('</main>', `</main>${moduleTag}`);
  const onPage = (urlPath: string) => (src: string) => pageMayLoadScript(urlPath, src);

  it('keeps the search module on the search pages', () => {
    for (const urlPath of ['/zh/search', '/en/search']) {
      const { html, problems } = stripFramework(withModule, allowed, onPage(urlPath));
      expect(problems).toEqual([]);
      expect(html).toContain(moduleTag);
    }
  });

  it('reports it on any other page, and any other file or form of script on the search page', () => {
    for (const urlPath of ['/zh', '/en/deployment', '/fr/search', '/search']) {
      expect(stripFramework(withModule, allowed, onPage(urlPath)).problems, urlPath).toEqual([
        'a script from /assets/search/search.0123456789.js that is not ours to remove, or not allowed on this page (allowedPageScripts)',
      ]);
    }
    const variants = [
      '<script src="/assets/search/search.0123456789.js"></script>', // a classic script
      '<script type="module" src="/assets/search/other.0123456789.js"></script>',
      '<script type="module" src="/assets/search/search.js"></script>', // no content hash
      '<script type="module" src="https://cdn.example/assets/search/search.0123456789.js"></script>',
      '<script type="module" src="/assets/search/search.0123456789.js">alert(1)</script>',
    ];
    for (const tag of variants) {
      expect(stripFramework(page.replace('</main>', `</main>${tag}`), allowed, onPage('/en/search')).problems, tag).toHaveLength(1);
    }
  });

  it('allows none by default', () => {
    expect(stripFramework(withModule, allowed).problems).toHaveLength(1);
  });
});

describe('clientComponentsIn', () => {
  const sources = sourcesFromManifests([fixture('page_client-reference-manifest.js')]);

  it('maps module ids to their source files', () => {
    expect(sources.get('51234')).toBe('components/mdx/counter.tsx');
    expect(sources.get('39756')).toBe('node_modules/next/dist/esm/client/components/layout-router.js');
  });

  it('finds the page’s own client component and leaves Next’s internals out', () => {
    expect(clientComponentsIn(fixture('page.txt'), sources)).toEqual([{ module: 'components/mdx/counter.tsx', exportName: 'Counter' }]);
  });

  it('finds none in a page without one', () => {
    const clean = fixture('page.txt').replace(/^14:.*\n/m, '');
    expect(clientComponentsIn(clean, sources)).toEqual([]);
  });

  it('still reports a component whose module the manifests do not know', () => {
    expect(clientComponentsIn('5:I[999,[],"Widget"]\n', sources)).toEqual([
      { module: 'module 999 (not in the build’s client manifests)', exportName: 'Widget' },
    ]);
  });
});

// Hosts without headers (hosting/site/ on S3 or GCS, `npx serve out`): the CSP is in every page too (issue 31).
describe('the CSP as a <meta http-equiv>', () => {
  const { html } = stripFramework(page, allowed);
  const withMeta = addCspMeta(html)!;

  it('comes right after <meta charset>, before any script or stylesheet, once even when added twice', () => {
    const at = withMeta.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(withMeta.indexOf('<meta charSet="utf-8"'));
    expect(at).toBeLessThan(withMeta.search(/<script|<link/));
    expect(addCspMeta(withMeta)).toBe(withMeta);
  });

  it('is the header’s policy without what a meta tag cannot hold, so that both allow the same inline scripts', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(withMeta)![1];
    expect(meta).toBe(contentSecurityPolicyMeta());
    expect(meta).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(contentSecurityPolicy()).toBe(`${meta}; frame-ancestors 'none'`);
    expect(meta).toContain(scriptHash(headScript));
  });

  it('is not added to a page without a <head>', () => {
    expect(addCspMeta('<p>no head</p>')).toBeUndefined();
  });
});
