import { useTranslations } from 'next-intl';

export type Crumb = { name: string; href: string };

/** Visible breadcrumb; the last crumb is the current page (not a link). */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = useTranslations('Page');
  return (
    <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-muted">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-1.5">
              {last ? (
                <span aria-current="page" className="text-fg">
                  {item.name}
                </span>
              ) : (
                <>
                  <a href={item.href} className="underline-offset-4 hover:text-fg hover:underline">
                    {item.name}
                  </a>
                  <span aria-hidden="true">/</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
