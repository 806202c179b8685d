// What the site must serve, as the issues specify it: 12 pages per locale
// (the search page, issue 12, included).
import { SEARCH_ROUTE } from '@/lib/routes';
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export const routes = [
  '/',
  '/why-ray',
  '/why-ray/seamless-dev-to-prod',
  '/why-ray/unified-ml-api-and-runtime',
  '/why-ray/open-and-extensible',
  '/case-studies',
  '/case-studies/shopify-merlin',
  '/case-studies/spotify',
  '/case-studies/instacart-griffin',
  '/deployment',
  '/resources',
  '/search',
] as const;

/** The search page: the only page that loads a script file (the search module) and fetches an index. */
export const searchRoute = SEARCH_ROUTE;

export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export const pathOf = (locale: Locale, route: string) => (route === '/' ? `/${locale}` : `/${locale}${route}`);

export const allPages = locales.flatMap((locale) => routes.map((route) => ({ locale, route, path: pathOf(locale, route) })));

/** Every outbound link of the source page (NOTES.md), the dead Spotify one replaced. */
export const sourceLinks = [
  'https://forms.gle/wCCdbaQDtgErYycT6',
  'https://shopify.engineering/merlin-shopify-machine-learning-platform',
  'https://www.youtube.com/watch?v=kbvzvdKH7bc',
  'https://engineering.atspotify.com/2023/02/unleashing-ml-innovation-at-spotify-with-ray/',
  'https://drive.google.com/file/d/1BS5lfXfuG5bnI8UM6FdUrR7CiSuWqdLn/view',
  'https://www.instacart.com/company/how-its-made/griffin-how-instacarts-ml-platform-tripled-ml-applications-in-a-year/',
  'https://www.youtube.com/watch?v=B5v9B5VSI7Q',
  'https://cloud.google.com/blog/products/ai-machine-learning/build-a-ml-platform-with-kubeflow-and-ray-on-gke',
  'https://www.youtube.com/watch?v=_L0lsShbKaY',
];
