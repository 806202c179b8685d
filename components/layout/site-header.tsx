import { useTranslations } from 'next-intl';
import { routing, localeTags, localePath, type Locale } from '@/i18n/routing';
import { getNavigation, localesOf, pendingTranslation } from '@/lib/content';
import { RayMark } from './ray-mark';
import { SearchForm } from './search-form';
import { MenuIcon, MoonIcon, SearchIcon, SunIcon } from './icons';
import { SEARCH_ROUTE } from '@/lib/routes';

type Props = { locale: Locale; /** Route of the current page without locale, e.g. "/deployment"; absent on 404 pages. */ route?: string };

/**
 * Header with navigation and language switch. Rendered by each page (not the
 * layout) so that it knows the current route at build time: the language link
 * points at the same page in the other locale, with no client JavaScript.
 * On phones the navigation is a <details> disclosure, which works without JS.
 * The search form (a GET to the search page) sits in the bar from lg up and
 * at the top of the phone menu below md; the search page has its own.
 * Links here and everywhere are plain <a>: pages are static HTML, and Next's
 * <Link> would prefetch every visible link (requests and main-thread work on
 * phones) to speed up navigations that are already fast.
 */
export function SiteHeader({ locale, route }: Props) {
  const t = useTranslations('Header');
  const site = useTranslations('Site');
  const searchT = useTranslations('Search');
  const nav = getNavigation(locale);
  const other = routing.locales.find((l) => l !== locale)!;
  // Same page in the other language when it exists there (or its "available
  // in …" notice, for a page published in one language first), else its home page.
  const otherHref =
    route && (localesOf(route).includes(other) || pendingTranslation(other, route)) ? localePath(other, route) : localePath(other, '/');
  const onSearchPage = route === SEARCH_ROUTE;
  const isCurrent = (itemRoute: string) => route === itemRoute || (route?.startsWith(itemRoute + '/') ?? false);

  const navLinks = nav.map((item) => (
    <li key={item.route}>
      <a
        href={localePath(locale, item.route)}
        aria-current={route === item.route ? 'page' : isCurrent(item.route) ? 'true' : undefined}
        className="block whitespace-nowrap rounded-md px-3 py-2 text-[0.95rem] font-medium text-muted hover:bg-surface-2 hover:text-fg aria-[current]:text-brand md:px-2 md:text-sm lg:px-3 lg:text-[0.95rem]"
      >
        {item.title}
      </a>
    </li>
  ));

  return (
    <header className="site-header sticky top-0 z-40 border-b border-border bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
        <a
          href={localePath(locale, '/')}
          className="mr-auto flex min-w-0 items-center gap-2 rounded-md font-semibold tracking-tight text-fg"
          aria-label={`${site('name')} — ${t('home')}`}
        >
          <RayMark className="h-7 w-7 shrink-0 text-brand" />
          {/* The whole name, never cut: on a narrow bar it wraps onto two lines, between words only
              (break-keep: Chinese breaks at its spaces, "Ray 作为 ML / 基础设施"). */}
          <span className="text-balance break-keep text-sm leading-tight sm:text-base">{site('name')}</span>
        </a>

        <nav aria-label={t('primaryNav')} className="hidden md:block">
          <ul className="flex items-center gap-1">{navLinks}</ul>
        </nav>

        {onSearchPage ? null : (
          <>
            <SearchForm locale={locale} inputId="header-search" className="hidden w-44 lg:flex xl:w-52" />
            {/* Between md and lg the bar has no room for a field: a link to the search page. */}
            <a
              href={localePath(locale, SEARCH_ROUTE)}
              aria-label={searchT('submit')}
              title={searchT('submit')}
              className="hidden h-9 w-9 shrink-0 items-center justify-center rounded-md border border-border text-fg hover:bg-surface-2 md:inline-flex lg:hidden"
            >
              <SearchIcon />
            </a>
          </>
        )}

        <a
          href={otherHref}
          data-locale={other}
          hrefLang={localeTags[other].hreflang}
          lang={localeTags[other].htmlLang}
          aria-label={t('otherLanguageLabel')}
          className="shrink-0 whitespace-nowrap rounded-md border border-border px-2.5 py-1.5 text-sm font-medium text-fg hover:bg-surface-2"
        >
          {t('otherLanguage')}
        </a>

        <button
          type="button"
          data-theme-toggle
          aria-pressed="false"
          aria-label={t('themeToggle')}
          title={t('themeToggle')}
          className="theme-toggle hidden h-9 w-9 shrink-0 items-center justify-center rounded-md border border-border text-fg hover:bg-surface-2"
        >
          <MoonIcon className="h-5 w-5 dark:hidden" />
          <SunIcon className="hidden h-5 w-5 dark:block" />
        </button>

        <details className="mobile-nav group relative md:hidden">
          <summary className="flex h-9 cursor-pointer list-none items-center gap-1.5 whitespace-nowrap rounded-md border border-border px-2 text-sm font-medium text-fg hover:bg-surface-2 [&::-webkit-details-marker]:hidden">
            <MenuIcon />
            <span className="sr-only min-[420px]:not-sr-only">{t('menu')}</span>
          </summary>
          <div className="absolute right-0 top-11 w-64 max-w-[calc(100vw-2rem)] rounded-card border border-border bg-bg p-2 shadow-lg">
            {onSearchPage ? null : <SearchForm locale={locale} inputId="menu-search" className="mb-2 p-1" />}
            <nav aria-label={t('primaryNav')}>
              <ul className="flex flex-col">
                <li>
                  <a
                    href={localePath(locale, '/')}
                    aria-current={route === '/' ? 'page' : undefined}
                    className="block rounded-md px-3 py-2 text-[0.95rem] font-medium text-muted hover:bg-surface-2 hover:text-fg aria-[current]:text-brand"
                  >
                    {t('home')}
                  </a>
                </li>
                {navLinks}
              </ul>
            </nav>
          </div>
        </details>
      </div>
    </header>
  );
}
