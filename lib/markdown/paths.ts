// Where a page's Markdown twin lives (lib/markdown/twin.ts writes it; every
// page's <head> links it, lib/seo.ts): the page's URL plus ".md", so the home
// page /en has /en.md. The search page has none: it is a form, not text.
import { localePath, type Locale } from '@/i18n/routing';
import { SEARCH_ROUTE } from '@/lib/routes';

export const hasMarkdownTwin = (route: string) => route !== SEARCH_ROUTE;

export const markdownPath = (locale: Locale, route: string) => `${localePath(locale, route)}.md`;
