// Rules across documents: one file per URL, a route for every page, both
// languages, orders, one file per resource address, case-study slugs that
// exist, summary-sourced facts attributed (attribution.ts), translations that
// agree (parity.ts, parity-resources.ts) and are marked in sync (translation-status.ts); then every link and image (links.ts).
import { appServes, type AppRoute } from './app-routes';
import { checkAttribution } from './attribution';
import { checkPillarLinks, checkProofResults } from './case-study-fit';
import type { Doc } from './document';
import type { CheckInput } from './input';
import { checkLinks } from './links';
import { checkParity } from './parity';
import { checkTranslationStatus } from './translation-status';
import { checkResourceParity } from './parity-resources';
import type { Report } from './problems';
import { closest, languageName, languageNameZh, localeUrl, typeLabel, typeLabelZh } from './text-helpers';

export function crossCheck(report: Report, docs: Doc[], input: CheckInput) {
  const pages = docs.filter((d) => d.locale !== undefined && d.route !== undefined);
  const byUrl = indexByUrl(report, pages);
  if (input.appRoutes) checkRoutesExist(report, pages, input.appRoutes, input.locales);
  checkTranslations(report, pages, byUrl, input);
  checkOrdersUnique(report, docs);
  checkOrdersMatch(report, pages, byUrl, input.locales);
  checkResourceUrls(report, docs);
  checkCaseStudyRefs(report, docs, input);
  checkAttribution(report, docs);
  checkProofResults(report, docs);
  checkPillarLinks(report, docs);
  for (const doc of docs) checkLinks(report, doc, byUrl, input);
  checkParity(report, pages, byUrl, input);
  checkTranslationStatus(report, docs, input);
  checkResourceParity(report, docs);
}

/** The pages by URL (/zh/deployment); a second file with the same URL is an error. */
function indexByUrl(report: Report, pages: Doc[]): Map<string, Doc> {
  const byUrl = new Map<string, Doc>();
  for (const doc of pages) {
    const url = localeUrl(doc.locale!, doc.route!);
    const first = byUrl.get(url);
    if (first)
      report.error(
        doc.file,
        undefined,
        'duplicate-route',
        `the URL ${url} is already used by ${first.file}`,
        'rename or remove one of the two files',
        { message: `网址 ${url} 已经被 ${first.file} 使用`, fix: '给两个文件之一改名，或删掉其中一个' },
      );
    else byUrl.set(url, doc);
  }
  return byUrl;
}

/** Served by a route file under app/. */
function checkRoutesExist(report: Report, pages: Doc[], appRoutes: AppRoute[], locales: string[]) {
  for (const doc of pages) {
    const url = localeUrl(doc.locale!, doc.route!);
    if (doc.validName && !appServes(appRoutes, url, locales, ['page'])) {
      const dir = `app/[locale]${doc.route === '/' ? '' : doc.route}/page.tsx`;
      // A draft never reaches the live site, so it cannot break it: a warning.
      (doc.draft ? report.warn : report.error).call(
        report,
        doc.file,
        undefined,
        'no-route',
        `no page is served at ${url}: a new top-level page needs a route file (${dir})`,
        'ask a developer to add it (a copy of app/[locale]/deployment/page.tsx), or put the text into an existing page',
        {
          message: `${url} 没有对应的页面：新的顶级页面需要一个路由文件（${dir}）`,
          fix: '请开发者添加它（复制 app/[locale]/deployment/page.tsx），或把内容放进已有的页面',
        },
      );
    }
  }
}

/**
 * Every page in every language, published together, unless the page says
 * `translationPending: true` (published in one language first, on purpose).
 */
function checkTranslations(report: Report, pages: Doc[], byUrl: Map<string, Doc>, { locales, displayDir }: CheckInput) {
  for (const doc of pages) {
    const pending = doc.data.translationPending === true;
    for (const other of locales) {
      if (other === doc.locale) continue;
      const twin = byUrl.get(localeUrl(other, doc.route!));
      const twinFile = `${displayDir}/${other}/${doc.rel.split('/').slice(1).join('/')}`;
      if (!twin && !pending) {
        // A draft never reaches the live site: its missing twin can wait.
        (doc.draft ? report.warn : report.error).call(
          report,
          doc.file,
          undefined,
          'translation-missing',
          `has no ${languageName(other)} version: ${twinFile} is missing`,
          `create ${twinFile} (same path under ${displayDir}/${other}), or publish this page in one language first with translationPending: true in its frontmatter`,
          {
            message: `没有${languageNameZh(other)}版本：缺少 ${twinFile}`,
            fix: `新建 ${twinFile}（在 ${displayDir}/${other} 下的相同路径），或在 frontmatter 里写 translationPending: true，先只发布这一种语言`,
          },
        );
      } else if (twin && pending && !twin.draft) {
        report.warn(
          doc.file,
          doc.fieldLines.translationPending,
          'translation-missing',
          `translationPending: true, but the ${languageName(other)} version ${twin.file} now exists`,
          'remove the translationPending line',
          { message: `写了 translationPending: true，但${languageNameZh(other)}版本 ${twin.file} 已经有了`, fix: '删掉 translationPending 这一行' },
        );
      } else if (twin?.draft && !doc.draft && !pending) {
        report.warn(
          doc.file,
          undefined,
          'translation-missing',
          `the ${languageName(other)} version ${twin.file} is still a draft`,
          'publish both together: set draft: false in both files, or set translationPending: true here to publish this one first',
          {
            message: `${languageNameZh(other)}版本 ${twin.file} 还是草稿`,
            fix: '两个一起发布：在两个文件里都写 draft: false；或在这里写 translationPending: true，先发布这一个',
          },
        );
      }
    }
  }
}

/** Each position (order, navOrder) once per type and language. */
function checkOrdersUnique(report: Report, docs: Doc[]) {
  const orderGroups = new Map<string, Doc[]>();
  for (const doc of docs) {
    if (doc.draft) continue;
    for (const field of ['order', 'navOrder']) {
      if (typeof doc.data[field] !== 'number') continue;
      if (field === 'navOrder' && !doc.data.navTitle) continue;
      const key = `${doc.type.name}|${doc.locale ?? ''}|${field}|${doc.data[field]}`;
      orderGroups.set(key, [...(orderGroups.get(key) ?? []), doc]);
    }
  }
  for (const [key, group] of orderGroups) {
    const field = key.split('|')[2];
    for (const doc of group.slice(1)) {
      report.warn(
        doc.file,
        doc.fieldLines[field],
        'duplicate-order',
        `${field} ${doc.data[field]} is also used by ${group[0].file}`,
        `give each ${typeLabel(doc.type.name)} its own number (it sets the position in lists${field === 'navOrder' ? ' and the header' : ''})`,
        {
          message: `${field} ${doc.data[field]} 也被 ${group[0].file} 使用`,
          fix: `给每个${typeLabelZh(doc.type.name)}一个不同的数字（它决定在列表${field === 'navOrder' ? '和页头' : ''}中的位置）`,
        },
      );
    }
  }
}

/** Translations in the same position as the first language's page. */
function checkOrdersMatch(report: Report, pages: Doc[], byUrl: Map<string, Doc>, locales: string[]) {
  for (const doc of pages) {
    if (typeof doc.data.order !== 'number' || doc.locale !== locales[0]) continue;
    for (const other of locales.slice(1)) {
      const twin = byUrl.get(localeUrl(other, doc.route!));
      if (twin && typeof twin.data.order === 'number' && twin.data.order !== doc.data.order) {
        report.warn(
          twin.file,
          twin.fieldLines.order,
          'order-mismatch',
          `order is ${twin.data.order} here but ${doc.data.order} in ${doc.file}`,
          'use the same order in both languages so lists appear in the same sequence',
          {
            message: `这里的 order 是 ${twin.data.order}，而 ${doc.file} 里是 ${doc.data.order}`,
            fix: '两种语言用同一个 order，列表才会按相同顺序排列',
          },
        );
      }
    }
  }
}

/** Resources: one file per address. */
function checkResourceUrls(report: Report, docs: Doc[]) {
  const resourceUrls = new Map<string, Doc>();
  for (const doc of docs) {
    if (doc.type.contentType !== 'data' || typeof doc.data.url !== 'string') continue;
    const key = doc.data.url.replace(/\/+$/, '');
    const first = resourceUrls.get(key);
    if (first)
      report.error(
        doc.file,
        doc.fieldLines.url,
        'duplicate-url',
        `this address is already listed in ${first.file}`,
        'keep one of the two resources (delete this file or the other)',
        { message: `这个地址已经列在 ${first.file} 里`, fix: '两个资源只保留一个（删掉这个文件或另一个）' },
      );
    else resourceUrls.set(key, doc);
  }
}

/** Case-study slugs (pillar "caseStudies", the home page's "proof" items, <CaseStudyCards slugs>) name a case study in the same language. */
function checkCaseStudyRefs(report: Report, docs: Doc[], input: CheckInput) {
  const caseStudyType = input.model.documentTypes.find((t) => t.name === 'CaseStudy');
  for (const doc of docs) {
    for (const ref of doc.caseStudyRefs) {
      const target = docs.find((d) => d.type === caseStudyType && d.locale === doc.locale && d.slug === ref.slug);
      if (!target) {
        const known = docs.filter((d) => d.type === caseStudyType && d.locale === doc.locale).map((d) => d.slug);
        const guess = closest(ref.slug, known);
        report.error(
          doc.file,
          ref.line,
          'case-study-missing',
          `${ref.via} lists "${ref.slug}", but there is no case study ${input.displayDir}/${doc.locale}/case-studies/${ref.slug}.mdx`,
          guess ? `did you mean "${guess}"?` : `use one of: ${known.join(', ') || '(none yet)'}`,
          {
            message: `${ref.via} 列出了 "${ref.slug}"，但没有案例 ${input.displayDir}/${doc.locale}/case-studies/${ref.slug}.mdx`,
            fix: guess ? `你是不是想写 "${guess}"？` : `改用其中之一：${known.join(', ') || '（还没有）'}`,
          },
        );
      } else if (target.draft && !doc.draft) {
        report.warn(
          doc.file,
          ref.line,
          'case-study-draft',
          `${ref.via} lists "${ref.slug}", which is a draft: the live site will leave it out`,
          `publish ${target.file} (draft: false) or remove it from the list`,
          {
            message: `${ref.via} 列出了 "${ref.slug}"，它是草稿：正式网站上不会显示`,
            fix: `发布 ${target.file}（draft: false），或把它从列表中删掉`,
          },
        );
      }
    }
  }
}
