// Every outbound URL of the content, with every place that cites it: links
// and href= in MDX bodies, url:/href: fields of the frontmatter and of the
// resources' YAML. Read by the content checker's own parsing (its Doc), never
// a second parser. Drafts are left out: they are not published.
import type { Doc } from '../check/document';

export interface Citation {
  file: string;
  line: number;
}
export interface OutboundUrl {
  /** As written, without its #fragment (the server never sees it). */
  url: string;
  citations: Citation[];
}

const outbound = (href: string) => /^https?:\/\//i.test(href);

export function outboundUrls(docs: Doc[]): OutboundUrl[] {
  const byUrl = new Map<string, Citation[]>();
  const cite = (href: string, file: string, line: number) => {
    const url = href.replace(/#.*$/, '');
    const list = byUrl.get(url) ?? [];
    if (!list.some((c) => c.file === file && c.line === line)) list.push({ file, line });
    byUrl.set(url, list);
  };
  for (const doc of docs) {
    if (doc.draft) continue;
    for (const link of doc.links) if (!link.image && outbound(link.href)) cite(link.href, doc.file, link.line);
    for (const field of doc.fieldUrls) if (outbound(field.value)) cite(field.value, doc.file, field.line);
  }
  return [...byUrl]
    .map(([url, citations]) => ({ url, citations: citations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
