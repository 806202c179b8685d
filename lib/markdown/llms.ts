// Build time: the llms.txt files (https://llmstxt.org): an H1 with the site's
// name, a blockquote summary, a paragraph, then H2 sections listing every
// page's Markdown twin (./twin.ts). /llms.txt lists both languages;
// /{locale}/llms.txt one; /{locale}/llms-full.txt holds every twin of the
// locale in one file. None is in the sitemap (they are not pages).
import { routing, type Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { siteUrl } from '@/lib/site';
import { markdownLink, markdownText } from './paths';
import type { Twin } from './twin';

/** Our own words for the files' summary and paragraph, per locale. */
const intro: Record<Locale, { about: string; files: string; section: string; full: string; fullTitle: string; other: string }> = {
  en: {
    about:
      'How teams use Ray as the compute layer of their machine-learning platforms: why, in three pillars; three case studies with their sources; two ways to deploy it; and a list of talks and posts.',
    files:
      'Every page below is also published as Markdown, at its address with ".md" added. Every key figure names the source it was taken from, and a figure from a summary says so; all sources are listed at the end of each case study.',
    section: 'Pages in English',
    full: 'Every English page in one file',
    fullTitle: 'All pages',
    other: 'Optional',
  },
  zh: {
    about: '各团队如何把 Ray 用作机器学习平台的计算层：三大支柱讲为什么，三个案例附带出处，两种部署方式，以及一份演讲与文章清单。',
    files:
      '下列每个页面也以 Markdown 发布，地址为页面地址加上 “.md”。关键数字都注明取自哪份资料，取自摘要的会写明是摘要；每个案例的末尾列出其全部来源。',
    section: '中文页面',
    full: '全部中文页面合为一个文件',
    fullTitle: '全部页面',
    other: 'Optional',
  },
};

const siteName = (locale: Locale) => translatorFor(locale, 'Site')('name');
const item = (t: Twin) => `- ${markdownLink(t.title, t.mdUrl)}: ${markdownText(t.description)}`;
export const llmsPath = (locale?: Locale) => (locale ? `/${locale}/llms.txt` : '/llms.txt');
export const llmsFullPath = (locale: Locale) => `/${locale}/llms-full.txt`;

/** Pages grouped by their top-level section, each headed by the section page's title (the home page first). */
function sections(twins: Twin[]): string[] {
  const groups = new Map<string, Twin[]>();
  for (const t of twins) {
    const key = t.route.split('/')[1] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const head = list.find((t) => t.route === `/${key}`) ?? list[0];
    return `## ${markdownText(head.title)}\n\n${list.map(item).join('\n')}`;
  });
}

function header(locale: Locale): string {
  return [`# ${siteName(locale)}`, `> ${intro[locale].about}`, intro[locale].files].join('\n\n');
}

/** /{locale}/llms.txt */
export function localeLlmsTxt(locale: Locale, twins: Twin[]): string {
  const optional = `## ${intro[locale].other}\n\n- [${intro[locale].fullTitle}](${siteUrl}${llmsFullPath(locale)}): ${intro[locale].full}`;
  return [header(locale), ...sections(twins), optional].join('\n\n') + '\n';
}

/** /llms.txt: both languages, English first (the language most tools that read it expect). */
export function rootLlmsTxt(twinsByLocale: Record<Locale, Twin[]>): string {
  const order = [...routing.locales].sort((a) => (a === 'en' ? -1 : 1));
  const lists = order.map((l) => `## ${intro[l].section}\n\n${twinsByLocale[l].map(item).join('\n')}`);
  const optional = [
    `## ${intro.en.other}`,
    '',
    ...order.map((l) => `- [${intro[l].fullTitle} (${l})](${siteUrl}${llmsFullPath(l)}): ${intro[l].full}`),
  ].join('\n');
  return [header('en'), ...lists, optional].join('\n\n') + '\n';
}

/** /{locale}/llms-full.txt: the summary, then every twin, each with its page's address. */
export function llmsFullTxt(locale: Locale, twins: Twin[]): string {
  const pages = twins.map((t) => `${t.markdown.trim()}\n\n${t.url}`);
  return [header(locale), ...pages].join('\n\n---\n\n') + '\n';
}
