import { useTranslations } from 'next-intl';
import { localePath, type Locale } from '@/i18n/routing';
import { SearchIcon } from './icons';
import { SEARCH_ROUTE } from '@/lib/routes';

type Props = {
  locale: Locale;
  /** id of the text field (each form on a page needs its own). */
  inputId: string;
  /** id of the form: the search page's own is "search-form", which its module wires. */
  formId?: string;
  /** The search page's module: the head script loads it when the visitor turns to this form (lib/inline-scripts.ts). */
  module?: string;
  /** The search page's big field, or the header's compact one. */
  size?: 'page' | 'header';
  className?: string;
};

/**
 * A plain GET form to the search page (`?q=`): works without JavaScript; on
 * the search page the search module takes it over and shows results as you type.
 */
export function SearchForm({ locale, inputId, formId, module, size = 'header', className = '' }: Props) {
  const t = useTranslations('Search');
  const big = size === 'page';
  return (
    <form
      role="search"
      id={formId}
      data-module={module}
      action={localePath(locale, SEARCH_ROUTE)}
      method="get"
      aria-label={t('label')}
      className={`flex min-w-0 items-stretch gap-2 ${className}`}
    >
      <label htmlFor={inputId} className="sr-only">
        {t('label')}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        autoComplete="off"
        enterKeyHint="search"
        spellCheck={false}
        maxLength={200}
        placeholder={big ? t('placeholder') : t('label')}
        className={`search-input min-w-0 flex-1 rounded-md border border-border bg-bg text-fg placeholder:text-muted ${big ? 'h-12 px-4 text-lg' : 'h-9 px-3 text-base lg:text-sm'}`}
      />
      <button
        type="submit"
        aria-label={big ? undefined : t('submit')}
        title={big ? undefined : t('submit')}
        className={`inline-flex shrink-0 items-center justify-center gap-2 rounded-md font-medium ${
          big ? 'h-12 bg-brand px-5 text-on-brand hover:bg-brand-strong' : 'h-9 w-9 border border-border text-fg hover:bg-surface-2'
        }`}
      >
        <SearchIcon />
        {big ? <span>{t('submit')}</span> : null}
      </button>
    </form>
  );
}
