import { setRequestLocale, getTranslations } from 'next-intl/server';
import { routing, localeTags } from '@/i18n/routing';
import { routeLocale } from '@/i18n/route-locale';
import { SiteDocument } from '@/components/layout/site-document';
import { rootMetadata } from '@/lib/seo';
import { JsonLd } from '@/components/seo/json-ld';
import { organizationJsonLd, websiteJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>) {
  return rootMetadata(routeLocale((await params).locale));
}

export const viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1220' },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = routeLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Header' });
  const siteT = await getTranslations({ locale, namespace: 'Site' });
  const site = { locale, name: siteT('name'), description: siteT('tagline') };

  return (
    <SiteDocument
      lang={localeTags[locale].htmlLang}
      skipLabel={t('skipToContent')}
      head={
        <>
          <JsonLd data={organizationJsonLd(site)} />
          <JsonLd data={websiteJsonLd(site)} />
        </>
      }
    >
      {/* Each page renders its own footer (SiteFooter), which links its Markdown twin. */}
      {children}
    </SiteDocument>
  );
}
