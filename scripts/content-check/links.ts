// Every link and image of a document: https only, no other site's images,
// no relative addresses, pages and headings that exist (and are published,
// in the same language), files under public/.
import { appServes } from './app-routes';
import type { Doc, LinkRef } from './document';
import { checkImageBudget } from './image-files';
import type { CheckInput } from './input';
import type { Report } from './problems';
import { aLanguage, closest, languageName, localeUrl } from './text-helpers';

interface LinkContext {
  report: Report;
  doc: Doc;
  byUrl: Map<string, Doc>;
  input: CheckInput;
  /** Displayed name of the public directory. */
  publicName: string;
}

export function checkLinks(report: Report, doc: Doc, byUrl: Map<string, Doc>, input: CheckInput) {
  const c: LinkContext = { report, doc, byUrl, input, publicName: input.publicDirName ?? 'public' };
  for (const link of doc.links) checkLink(c, link);
}

function checkLink(c: LinkContext, link: LinkRef) {
  if (link.image && link.alt !== undefined && link.alt.trim() === '') {
    c.report.warn(
      c.doc.file,
      link.line,
      'image-alt',
      'the image has no description (alt text)',
      link.via === 'image' ? 'write what it shows between the brackets: ![What the picture shows](…)' : 'add alt="what the picture shows"',
    );
  }
  if (checkScheme(c, link)) return;
  const hashAt = link.href.indexOf('#');
  const pathPart = (hashAt >= 0 ? link.href.slice(0, hashAt) : link.href).replace(/\?.*$/, '');
  const anchor = hashAt >= 0 ? decodeURIComponent(link.href.slice(hashAt + 1)) : '';
  if (pathPart === '') checkOwnAnchor(c, link, anchor);
  else if (!pathPart.startsWith('/')) reportRelative(c, link, pathPart);
  else if (link.image) checkImageFile(c, link, safeDecode(pathPart));
  else checkSitePath(c, link, safeDecode(pathPart), anchor);
}

const what = (link: LinkRef) => (link.image ? 'image' : 'link');

/** Empty addresses and everything with a scheme; true when nothing more is to check. */
function checkScheme({ report, doc, publicName }: LinkContext, link: LinkRef): boolean {
  const { href, line } = link;
  if (!href) {
    report.error(
      doc.file,
      line,
      'link-missing',
      `empty ${what(link)} address`,
      'write the address between the parentheses: [text](/zh/resources) or (https://…)',
    );
    return true;
  }
  if (/^(mailto|tel):/i.test(href)) return true;
  if (/^http:\/\//i.test(href)) {
    report.error(
      doc.file,
      line,
      'not-https',
      `${what(link)} is not https: ${href}`,
      `use ${href.replace(/^http:/i, 'https:')} (open it to make sure it works)`,
    );
    return true;
  }
  if (/^https:\/\//i.test(href)) {
    // The site's Content-Security-Policy (lib/delivery.ts: img-src 'self' data:) only loads images from the site itself.
    if (link.image)
      report.error(
        doc.file,
        line,
        'image-external',
        `image from another site: ${href} (the site only shows its own images)`,
        `download it into ${publicName}/ (e.g. ${publicName}/images/…) and write /images/…`,
      );
    return true;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    report.error(
      doc.file,
      line,
      'link-relative',
      `${what(link)} address "${href}" is not a web address`,
      'write a full https:// address or a path such as /zh/resources',
    );
    return true;
  }
  return false;
}

/** #anchor on the same page. */
function checkOwnAnchor({ report, doc }: LinkContext, link: LinkRef, anchor: string) {
  if (anchor && !doc.headingIds.has(anchor)) {
    report.warn(doc.file, link.line, 'link-anchor', `${link.via} to #${anchor}: there is no such heading on this page`, headingHint(doc));
  }
}

function reportRelative({ report, doc, input, publicName }: LinkContext, link: LinkRef, pathPart: string) {
  const fixed = link.image
    ? `/${pathPart.replace(/^(\.\.?\/)+/, '').replace(/^public\//, '')}`
    : `/${doc.locale ?? input.locales[0]}/${pathPart.replace(/^(\.\.?\/)+/, '')}`;
  report.error(
    doc.file,
    link.line,
    'link-relative',
    `${what(link)} address "${link.href}" is relative`,
    link.image
      ? `write the path under ${publicName}/ starting with /, e.g. ${fixed}`
      : `write the full path starting with the language, e.g. ${fixed}`,
  );
}

function checkImageFile({ report, doc, input, publicName }: LinkContext, link: LinkRef, decoded: string) {
  const info = input.imageFile?.(decoded);
  if (info) checkImageBudget(report, doc.file, link.line, decoded, info, publicName);
  else if (!input.publicFile(decoded)) {
    report.error(
      doc.file,
      link.line,
      'image-missing',
      `the image ${decoded} does not exist: there is no ${publicName}${decoded}`,
      `put the file at ${publicName}${decoded}, or fix the path (paths start after ${publicName}/)`,
    );
  }
}

/** A path on the site: a page (/zh/…), a file under public/ or a route handler (/zh/feed.xml). */
function checkSitePath(c: LinkContext, link: LinkRef, decoded: string, anchor: string) {
  const { report, doc, byUrl, input, publicName } = c;
  const { locales } = input;
  const clean = decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
  const [first, ...rest] = clean.split('/').filter(Boolean);
  if (first !== undefined && locales.includes(first)) {
    checkPageLink(c, link, clean, first, '/' + rest.join('/'), anchor);
    return;
  }
  if (input.publicFile(clean)) return;
  if (input.appRoutes && appServes(input.appRoutes, clean, locales, ['handler'])) return;
  const locale = doc.locale ?? locales[0];
  const candidate = byUrl.get(localeUrl(locale, clean));
  if (candidate) {
    report.warn(doc.file, link.line, 'link-locale', `${link.via} to ${clean} has no language`, `write ${localeUrl(locale, clean)}`);
  } else {
    report.error(
      doc.file,
      link.line,
      'link-missing',
      `${link.via} to ${clean}: there is no such page or file`,
      `page links start with the language (/${locale}/…); files must exist under ${publicName}/`,
    );
  }
}

/** /{locale}/{route}: the page exists and is published, in the page's own language, with the heading. */
function checkPageLink(
  { report, doc, byUrl, input }: LinkContext,
  link: LinkRef,
  clean: string,
  locale: string,
  route: string,
  anchor: string,
) {
  const { line, via } = link;
  const target = byUrl.get(localeUrl(locale, route));
  if (!target) {
    if (input.appRoutes && appServes(input.appRoutes, clean, input.locales, ['handler'])) return;
    const known = [...byUrl.keys()].filter((u) => u.startsWith(`/${locale}`));
    const guess = closest(clean, known);
    const expected = `${input.displayDir}/${locale}/${route === '/' ? 'index' : route.slice(1)}.mdx`;
    report.error(
      doc.file,
      line,
      'link-missing',
      `${via} to ${clean}: there is no such page (no ${expected})`,
      guess ? `did you mean ${guess}?` : `link to an existing page, or create ${expected}`,
    );
    return;
  }
  if (target.draft && !doc.draft) {
    report.error(
      doc.file,
      line,
      'link-draft',
      `${via} to ${clean}, which is a draft: the live site has no such page`,
      `publish ${target.file} (draft: false) or remove the link`,
    );
  }
  if (doc.locale && locale !== doc.locale) {
    report.warn(
      doc.file,
      line,
      'link-locale',
      `${via} from ${aLanguage(doc.locale)} page to the ${languageName(locale)} page ${clean}`,
      `link to ${localeUrl(doc.locale, route)} instead (the header already switches languages)`,
    );
  }
  if (anchor && !target.headingIds.has(anchor)) {
    report.warn(doc.file, line, 'link-anchor', `${via} to ${clean}#${anchor}: that page has no such heading`, headingHint(target));
  }
}

function headingHint(doc: Doc): string {
  const ids = [...doc.headingIds];
  return ids.length ? `use one of #${ids.slice(0, 8).join(', #')}${ids.length > 8 ? ', …' : ''}` : 'link to the page without #…';
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
