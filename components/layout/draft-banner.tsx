import { useTranslations } from 'next-intl';

/** Shown on draft pages in the dev preview (drafts never reach a production build). */
export function DraftBanner({ draft }: { draft?: boolean }) {
  const t = useTranslations('Page');
  if (!draft) return null;
  return (
    <p role="status" className="bg-accent-soft px-4 py-2 text-center text-sm font-semibold text-accent">
      {t('draft')}
    </p>
  );
}
