// Small pure helpers on names, paths and words, shared by the rules.
import { localePath, type Locale } from '../../../i18n/routing';

/** A slug (file name without extension) is one URL segment: lowercase a–z, 0–9 and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isValidSlug = (slug: string) => SLUG_PATTERN.test(slug);

/** Contentlayer's file path patterns (micromatch) as a regular expression: *, **, ? and {a,b}. */
export function globToRegExp(glob: string): RegExp {
  const esc = (s: string) => s.replace(/[.+^$()|[\]\\]/g, '\\$&');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:[^/]+/)*';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map(esc)
        .join('|')})`;
      i = end;
    } else re += esc(c);
  }
  return new RegExp(`^${re}$`);
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = c.toLowerCase() === word.toLowerCase() ? 0 : levenshtein(word.toLowerCase(), c.toLowerCase());
    if (dist < bestDistance) [best, bestDistance] = [c, dist];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A Chinese character. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Display width: CJK and full-width characters count as two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

const LANGUAGE_NAMES: Record<string, string> = { zh: 'Chinese', en: 'English' };
export const languageName = (locale: string) => LANGUAGE_NAMES[locale] ?? `"${locale}"`;
const LANGUAGE_NAMES_ZH: Record<string, string> = { zh: '中文', en: '英文' };
export const languageNameZh = (locale: string) => LANGUAGE_NAMES_ZH[locale] ?? `“${locale}”`;
export const aLanguage = (locale: string) => `${/^[AEIOU]/.test(languageName(locale)) ? 'an' : 'a'} ${languageName(locale)}`;

const TYPE_LABELS: Record<string, string> = { Page: 'page', Pillar: 'pillar page', CaseStudy: 'case study', Resource: 'resource' };
export const typeLabel = (name: string) => TYPE_LABELS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const TYPE_LABELS_ZH: Record<string, string> = { Page: '页面', Pillar: '支柱页面', CaseStudy: '案例', Resource: '资源' };
export const typeLabelZh = (name: string) => TYPE_LABELS_ZH[name] ?? name;

/** A field's place in English (`the frontmatter`, `sources item 2`, `"facts"`), in Chinese. */
export const whereZh = (where: string) => (where === 'the frontmatter' ? 'frontmatter' : where.replace(/^(.+) item (\d+)$/, '$1 第 $2 项'));
/** A field's label in English (`"url"`, `"url" in sources item 2`, `"tags item 1"`), in Chinese. */
export function labelZh(label: string): string {
  const inside = /^("[^"]*") in (.+)$/.exec(label);
  if (inside) return `${whereZh(inside[2])}的 ${inside[1]}`;
  return label.replace(/^"(.+) item (\d+)"$/, '"$1" 第 $2 项');
}

/** URL path of a route in a locale (i18n/routing.ts's localePath, for the checker's plain strings). */
export const localeUrl = (locale: string, route: string) => localePath(locale as Locale, route);
