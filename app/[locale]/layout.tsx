import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale, getTranslations } from 'next-intl/server';
import { routing, localeTags } from '@/i18n/routing';
import { latinFont } from '@/app/fonts';
import { themeScript } from '@/lib/theme';
import { rootMetadata } from '@/lib/seo';
import { SiteFooter } from '@/components/layout/site-footer';
import '@/app/globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return rootMetadata(locale);
}

export const viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1220' },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Header' });

  return (
    <html lang={localeTags[locale].htmlLang} className={latinFont.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh bg-bg font-sans text-fg antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-brand px-4 py-2 font-medium text-on-brand focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          {t('skipToContent')}
        </a>
        <div className="flex min-h-dvh flex-col">
          {children}
          <SiteFooter locale={locale} />
        </div>
      </body>
    </html>
  );
}
