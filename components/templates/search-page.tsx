import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getAllDocs, getNavigation, type AnyDoc, type Page } from '@/lib/content';
import { searchManifest } from '@/lib/search/assets';
import { SearchForm } from '@/components/layout/search-form';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PageShell } from './page-shell';

/** Every other page of the locale, in the order of the site: home, then each section and what is under it. */
function allPagesInOrder(locale: Locale, self: string): AnyDoc[] {
  const sections = ['/', ...getNavigation(locale).map((n) => n.route)];
  const sectionOf = (route: string) => {
    const i = sections.findIndex((s) => s !== '/' && (route === s || route.startsWith(s + '/')));
    return i < 0 ? (route === '/' ? 0 : sections.length) : i;
  };
  const key = (d: AnyDoc) => [sectionOf(d.route), d.route.split('/').length, 'order' in d ? d.order : 0] as const;
  return getAllDocs(locale)
    .filter((d) => d.route !== self)
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || a.route.localeCompare(b.route);
    });
}

/**
 * The search page (content/{locale}/search.mdx). Without JavaScript: the form
 * and a list of every page with its description. With it, the search module
 * (lib/search/client.ts; this page only) fetches this locale's index and shows
 * results in #search-results as you type; the page list then shows only
 * while there is no query or no result.
 */
export function SearchPage({ locale, page }: { locale: Locale; page: Page }) {
  const t = useTranslations('Search');
  const manifest = searchManifest();
  const pages = allPagesInOrder(locale, page.route);
  const form = (
    <SearchForm
      locale={locale}
      inputId="search-input"
      formId="search-form"
      module={manifest?.script}
      size="page"
      className="mt-6 max-w-2xl"
    />
  );
  return (
    <PageShell locale={locale} doc={page} lead={page.lead ?? page.description} headerExtra={form} article={false}>
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 [&>*]:max-w-4xl">
        <div
          id="search"
          data-index={manifest?.indexes[locale]}
          data-loading={t('loading')}
          data-failed={t('failed')}
          data-results-one={t.raw('resultsOne')}
          data-results-other={t.raw('resultsOther')}
          data-more={t.raw('more')}
          data-no-results={t.raw('noResults')}
        >
          <p id="search-status" role="status" className="search-status text-muted" />
          <div id="search-results" data-state="idle" />
        </div>
        <section id="search-pages" aria-labelledby="search-pages-title">
          <h2 id="search-pages-title" className="text-2xl font-bold tracking-tight text-fg">
            {t('allPages')}
          </h2>
          <ul className="mt-4 divide-y divide-border border-y border-border">
            {pages.map((doc) => (
              <li key={doc.route} className="py-4">
                <a href={localePath(locale, doc.route)} className="text-lg font-semibold text-brand underline-offset-4 hover:underline">
                  {doc.title}
                </a>
                <p className="mt-1 leading-relaxed text-muted">{doc.description}</p>
              </li>
            ))}
          </ul>
        </section>
        {page.body.raw.trim() ? (
          <div className="mt-10">
            <MdxContent locale={locale} code={page.body.code} />
          </div>
        ) : null}
      </div>
    </PageShell>
  );
}
