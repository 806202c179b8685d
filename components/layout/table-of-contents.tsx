import { useTranslations } from 'next-intl';
import type { TocEntry } from '@/lib/toc';

/** "On this page" list of the page's ## and ### headings (anchors from rehype-slug). */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const t = useTranslations('Page');
  return (
    <nav aria-label={t('onThisPage')} className="text-sm">
      <p className="mb-3 font-semibold text-fg">{t('onThisPage')}</p>
      <ul className="space-y-2 border-l border-border">
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? 'pl-6' : 'pl-3'}>
            <a href={`#${e.id}`} className="block text-muted underline-offset-4 hover:text-fg hover:underline">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
