// Every link and image of a document: https only, no other site's images,
// no relative addresses, pages and headings that exist (and are published,
// in the same language), files under public/.
import { urlScheme } from '../../../lib/content-safety/urls';
import { appServes } from './app-routes';
import type { Doc, LinkRef } from './document';
import { checkImageBudget } from './image-files';
import type { CheckInput } from './input';
import type { Report } from './problems';
import { placeholderHost, placeholderZh } from './placeholder-hosts';
import { orList, rankLikely, suggestRoutes } from './suggest';
import { aLanguage, languageName, languageNameZh, localeUrl } from './text-helpers';

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
      {
        message: '图片没有文字说明（alt）',
        fix: link.via === 'image' ? '在方括号里写它显示的内容：![图片显示的内容](…)' : '加上 alt="图片显示的内容"',
      },
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
const whatZh = (link: LinkRef) => (link.image ? '图片' : '链接');
/** How the link is written, in Chinese: 链接, 图片, or the component and prop as written (<LinkCard href>). */
const viaZh = (via: string) => (via === 'link' ? '链接' : via === 'image' ? '图片' : via);

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
      { message: `${whatZh(link)}地址是空的`, fix: '在圆括号里写上地址：[文字](/zh/resources) 或 (https://…)' },
    );
    return true;
  }
  if (urlScheme(href) === 'mailto') return true;
  // A draft may keep its template's placeholder links; a published page may not.
  const placeholder = /^https?:\/\//i.test(href) && !link.image && !doc.draft ? placeholderHost(href) : undefined;
  if (placeholder) {
    report.error(
      doc.file,
      line,
      'url-placeholder',
      `${link.via} to ${href} does not lead to a real page (${placeholder})`,
      'write the address of the real source, or remove the link',
      { message: `${viaZh(link.via)}指向 ${href}，不是真实的页面（${placeholderZh(href)}）`, fix: '写上真实来源的地址，或删掉这个链接' },
    );
    return true;
  }
  if (/^http:\/\//i.test(href)) {
    report.error(
      doc.file,
      line,
      'not-https',
      `${what(link)} is not https: ${href}`,
      `use ${href.replace(/^http:/i, 'https:')} (open it to make sure it works)`,
      { message: `${whatZh(link)}不是 https：${href}`, fix: `改用 ${href.replace(/^http:/i, 'https:')}（打开确认它能访问）` },
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
        {
          message: `图片来自其他网站：${href}（本站只显示自己的图片）`,
          fix: `把它下载到 ${publicName}/（例如 ${publicName}/images/…），再写 /images/…`,
        },
      );
    return true;
  }
  // Any other scheme (javascript:, data:, also written java<tab>script:), or //other-host: lib/content-safety/urls.ts.
  if (urlScheme(href) || /^[/\\][/\\]/.test(href)) {
    report.error(
      doc.file,
      line,
      'link-relative',
      `${what(link)} address "${href}" is not a web address`,
      'write a full https:// address or a path such as /zh/resources',
      { message: `${whatZh(link)}地址“${href}”不是网址`, fix: '写完整的 https:// 地址，或 /zh/resources 这样的路径' },
    );
    return true;
  }
  return false;
}

/** #anchor on the same page. */
function checkOwnAnchor({ report, doc }: LinkContext, link: LinkRef, anchor: string) {
  if (anchor && !doc.headingIds.has(anchor)) {
    report.warn(
      doc.file,
      link.line,
      'link-anchor',
      `${link.via} to #${anchor}: there is no such heading on this page`,
      headingHint(doc, anchor),
      { message: `${viaZh(link.via)}指向 #${anchor}：本页没有这个标题`, fix: headingHintZh(doc, anchor) },
    );
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
    {
      message: `${whatZh(link)}地址“${link.href}”是相对地址`,
      fix: link.image ? `写 ${publicName}/ 下的路径，以 / 开头，例如 ${fixed}` : `写以语言开头的完整路径，例如 ${fixed}`,
    },
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
      {
        message: `图片 ${decoded} 不存在：没有 ${publicName}${decoded}`,
        fix: `把文件放到 ${publicName}${decoded}，或改正路径（路径从 ${publicName}/ 之后写起）`,
      },
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
    report.warn(doc.file, link.line, 'link-locale', `${link.via} to ${clean} has no language`, `write ${localeUrl(locale, clean)}`, {
      message: `${viaZh(link.via)}指向 ${clean}，没有写语言`,
      fix: `写成 ${localeUrl(locale, clean)}`,
    });
  } else {
    report.error(
      doc.file,
      link.line,
      'link-missing',
      `${link.via} to ${clean}: there is no such page or file`,
      `page links start with the language (/${locale}/…); files must exist under ${publicName}/`,
      {
        message: `${viaZh(link.via)}指向 ${clean}：没有这个页面或文件`,
        fix: `页面链接以语言开头（/${locale}/…）；文件必须在 ${publicName}/ 下`,
      },
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
    const guesses = suggestRoutes(clean, byUrl.keys());
    const expected = `${input.displayDir}/${locale}/${route === '/' ? 'index' : route.slice(1)}.mdx`;
    report.error(
      doc.file,
      line,
      'link-missing',
      `${via} to ${clean}: there is no such page (no ${expected})`,
      guesses.length ? `did you mean ${orList(guesses)}?` : `link to an existing page, or create ${expected}`,
      {
        message: `${viaZh(via)}指向 ${clean}：没有这个页面（没有 ${expected}）`,
        fix: guesses.length ? `你是不是想链接 ${orList(guesses, '或')}？` : `链接到已有的页面，或新建 ${expected}`,
      },
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
      {
        message: `${viaZh(via)}指向 ${clean}，它是草稿：正式网站上没有这个页面`,
        fix: `发布 ${target.file}（draft: false），或删掉这个链接`,
      },
    );
  }
  // A link to the other language is a mistake unless marked: <a href="/en/…" hrefLang="en">.
  if (doc.locale && locale !== doc.locale && link.hrefLang !== locale) {
    report.error(
      doc.file,
      line,
      'link-locale',
      `${via} from ${aLanguage(doc.locale)} page to the ${languageName(locale)} page ${clean}`,
      `link to ${localeUrl(doc.locale, route)} instead (the header already switches languages); if the other language is meant, write <a href="${clean}" hrefLang="${locale}">…</a>`,
      {
        message: `${viaZh(via)}从${languageNameZh(doc.locale)}页面指向${languageNameZh(locale)}页面 ${clean}`,
        fix: `改为链接 ${localeUrl(doc.locale, route)}（页头已经可以切换语言）；如果确实要链接另一种语言，写 <a href="${clean}" hrefLang="${locale}">…</a>`,
      },
    );
  }
  if (anchor && !target.headingIds.has(anchor)) {
    report.warn(doc.file, line, 'link-anchor', `${via} to ${clean}#${anchor}: that page has no such heading`, headingHint(target, anchor), {
      message: `${viaZh(via)}指向 ${clean}#${anchor}：那个页面没有这个标题`,
      fix: headingHintZh(target, anchor),
    });
  }
}

/** The page's headings, the ones closest to the anchor first (at most 8 shown). */
function headingsByLikeness(doc: Doc, anchor: string): string {
  const likely = rankLikely(anchor, doc.headingIds);
  const ids = [...likely, ...[...doc.headingIds].filter((id) => !likely.includes(id))];
  return ids.length ? `#${ids.slice(0, 8).join(', #')}${ids.length > 8 ? ', …' : ''}` : '';
}
function headingHint(doc: Doc, anchor: string): string {
  const ids = headingsByLikeness(doc, anchor);
  return ids ? `use one of ${ids}` : 'link to the page without #…';
}
function headingHintZh(doc: Doc, anchor: string): string {
  const ids = headingsByLikeness(doc, anchor);
  return ids ? `改用其中之一：${ids}` : '链接到页面本身，不带 #…';
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
