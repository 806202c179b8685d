// Which addresses content may carry, in every position: Markdown links and
// images, JSX attributes, frontmatter and YAML fields. An allowlist: https:,
// http: (the checker asks for https: separately), mailto: and the site's own
// paths and #anchors. Everything else (javascript:, data:, vbscript:, file:,
// //other-host, /\other-host) is refused, by content:check and again by the
// MDX compile step (remark-content-safety.ts).

/** Browsers drop ASCII tabs and newlines anywhere in a URL and spaces/controls at its ends: "java\tscript:" is javascript:. */
const normalise = (value: string) => value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/** The scheme of an address ("javascript"), lowercase; undefined for a path or an anchor. */
export function urlScheme(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(normalise(value))?.[1].toLowerCase();
}

/** https:, http:, mailto:, a site path (/…) or an anchor (#…); not //host or /\host, which leave the site. */
export function isAllowedUrl(value: string): boolean {
  const url = normalise(value);
  const scheme = urlScheme(url);
  if (scheme) return scheme === 'https' || scheme === 'http' || scheme === 'mailto';
  if (/^[/\\][/\\]/.test(url)) return false;
  return /^[/#?]/.test(url) || url === '';
}

/** The message and fix for a refused address, in both languages. */
export function urlFinding(value: string, where: string) {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return {
    message: `${where}: "${shown}" is not an address content may use (only https:, http:, mailto: and site paths such as /zh/resources)`,
    fix: 'write a full https:// address or a path of this site, e.g. /zh/resources',
    zh: {
      message: `${where}：“${shown}”不是内容里可以使用的地址（只能用 https:、http:、mailto: 和本站路径，例如 /zh/resources）`,
      fix: '写完整的 https:// 地址，或本站的路径，例如 /zh/resources',
    },
  };
}
