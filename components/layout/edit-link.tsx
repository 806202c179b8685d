import { useTranslations } from 'next-intl';
import { editUrl, editUrlBase } from '@/lib/site';

/**
 * "Edit this page": a link to the page's own source file in the repository's
 * web editor, when the build sets EDIT_URL_BASE (README, Settings); nothing
 * otherwise.
 */
export function EditLink({ sourceFilePath, base = editUrlBase }: { sourceFilePath: string; base?: string }) {
  const t = useTranslations('Page');
  const href = editUrl(base, sourceFilePath);
  if (!href) return null;
  return (
    <p className="mx-auto max-w-6xl px-4 pb-10 text-sm sm:px-6">
      <a href={href} data-edit-link className="font-medium text-brand underline underline-offset-4 hover:no-underline">
        {t('editThisPage')}
      </a>
    </p>
  );
}
