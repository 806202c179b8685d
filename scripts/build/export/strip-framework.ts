// Takes Next's runtime out of an exported HTML page. Next writes every page
// with React's client runtime (script tags and preloads), a Turbopack
// bootstrap and the page's React Server Components payload inline; none of
// our pages has a client component, so the HTML alone is the whole page.
// What may stay: JSON-LD data blocks, the inline scripts the CSP allows by
// hash, and our own module scripts on the pages allowed to load them
// (allowedPageScripts in lib/delivery.ts). Anything else is reported, never
// silently kept or dropped.
import { contentSecurityPolicyMeta, scriptHash } from '@/lib/delivery';

export type StripResult = { html: string; removed: number; problems: string[] };

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(attrs)?.[1];

/** Markup Next adds for its runtime only: script preloads, a font-metrics marker, an empty metadata outlet. */
const RUNTIME_MARKUP = [
  /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/gi,
  /<link\b[^>]*\bas="script"[^>]*\brel="preload"[^>]*\/?>/gi,
  /<meta name="next-size-adjust" content=""\/?>/g,
  /<div hidden=""><!--\$--><!--\/\$--><\/div>/g,
];

function isFrameworkScript(attrs: string, body: string): boolean {
  const src = attr(attrs, 'src');
  if (src) return src.startsWith('/_next/');
  if (attr(attrs, 'id') === '_R_') return true; // Turbopack's bootstrap
  return /^\s*\(?self\.__next_f\b/.test(body); // the RSC payload
}

/**
 * @param allowedHashes CSP hashes ('sha256-…') of the inline scripts a page may keep.
 * @param mayLoad whether this page may keep `<script type="module" src>` of this file (none by default).
 */
export function stripFramework(html: string, allowedHashes: Set<string>, mayLoad: (src: string) => boolean = () => false): StripResult {
  let removed = 0;
  const problems: string[] = [];
  let out = html.replace(SCRIPT, (tag, attrs: string, body: string) => {
    const type = attr(attrs, 'type');
    if (type === 'application/ld+json') return tag;
    if (isFrameworkScript(attrs, body)) {
      removed++;
      return '';
    }
    const src = attr(attrs, 'src');
    if (src && type === 'module' && !body.trim() && mayLoad(src)) return tag;
    if (src) {
      problems.push(`a script from ${src} that is not ours to remove, or not allowed on this page (allowedPageScripts)`);
      return tag;
    }
    if (!allowedHashes.has(scriptHash(body))) {
      problems.push(`an inline script that the CSP does not allow: ${JSON.stringify(body.slice(0, 80))}…`);
    }
    return tag;
  });
  for (const pattern of RUNTIME_MARKUP) {
    out = out.replace(pattern, () => {
      removed++;
      return '';
    });
  }
  // Modules the head script loads after first paint (lib/inline-scripts.ts): the same rule as a module tag.
  for (const [, src] of out.matchAll(/\bdata-module="([^"]*)"/g)) {
    if (!mayLoad(src)) problems.push(`a module (data-module) from ${src} that is not allowed on this page (allowedPageScripts)`);
  }
  if (/__next_f|\/_next\/static\/chunks\/[^"]*\.js/.test(out)) problems.push('traces of the Next runtime remain after stripping');
  return { html: out, removed, problems };
}

/**
 * The page with its CSP as a `<meta http-equiv>` right after `<meta charset>`
 * (before any script or style: a meta policy covers only what follows it), for
 * hosts that send no headers; undefined when the page has no <head>.
 */
export function addCspMeta(page: string): string | undefined {
  // Finalized again (a second run on the same out/): the earlier one is replaced.
  const html = page.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/g, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyMeta().replace(/"/g, '&quot;')}"/>`;
  const charset = /<meta charSet="utf-8"\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length) : undefined;
}
