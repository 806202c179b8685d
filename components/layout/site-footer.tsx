import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { getNavigation } from '@/lib/content';
import { site } from '@/lib/site';
import { feedPath } from '@/lib/seo';
import { hasMarkdownTwin, markdownPath } from '@/lib/markdown/paths';

/**
 * The footer of every page. `route`: the page's, for the link to its Markdown
 * twin (none on pages without one: the search and 404 pages).
 */
export function SiteFooter({ locale, route }: { locale: Locale; route?: string }) {
  const t = useTranslations('Footer');
  const name = useTranslations('Site')('name');
  const nav = getNavigation(locale);
  const linkClass = 'text-muted underline-offset-4 hover:text-fg hover:underline';
  return (
    <footer className="mt-auto border-t border-border bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:px-6 md:grid-cols-3">
        <div>
          <p className="font-semibold text-fg">{name}</p>
          <p className="mt-2 leading-relaxed text-muted">{t('about')}</p>
        </div>
        <nav aria-label={name}>
          <ul className="space-y-2">
            <li>
              <a href={localePath(locale, '/')} className={linkClass}>
                {name}
              </a>
            </li>
            {nav.map((item) => (
              <li key={item.route}>
                <a href={localePath(locale, item.route)} className={linkClass}>
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <p className="font-semibold text-fg">{t('sourcesTitle')}</p>
          <ul className="mt-2 space-y-2">
            <li>
              <a className={linkClass} href={site.rayDocsUrl}>
                {t('rayDocs')}
              </a>
            </li>
            <li>
              <a className={linkClass} href={site.rayRepoUrl}>
                {t('rayRepo')}
              </a>
            </li>
            <li>
              <a className={linkClass} href={site.kubeRayUrl}>
                {t('kuberay')}
              </a>
            </li>
            <li>
              <a className={linkClass} href={site.feedbackFormUrl}>
                {t('feedback')}
              </a>
            </li>
            <li>
              <a className={linkClass} href={feedPath(locale)}>
                {t('feeds')}
              </a>
            </li>
            {route !== undefined && hasMarkdownTwin(route) ? (
              <li>
                <a className={linkClass} href={markdownPath(locale, route)} type="text/markdown" data-markdown-twin>
                  {t('markdown')}
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs leading-relaxed text-muted sm:px-6">{t('trademark')}</p>
    </footer>
  );
}
