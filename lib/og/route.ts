// Everything an app/[locale]/**/opengraph-image.tsx exports, from one call:
//   const og = ogImageRoute('/case-studies/[slug]');
// The route files stay a few lines each; the layout lives in ./image.tsx.
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getAllDocs, localesOf } from '@/lib/content';
import { ogPageInfo } from './page-info';
import { ogContentType, ogSize, renderOgImage } from './image';

type Params = { locale: string; slug?: string };

/**
 * @param pattern the content route the image belongs to: a fixed one ("/",
 * "/deployment") or one ending in "/[slug]" ("/why-ray/[slug]").
 */
export function ogImageRoute(pattern: string) {
  const slugRoute = pattern.endsWith('/[slug]');
  const prefix = slugRoute ? pattern.slice(0, -'/[slug]'.length) : pattern;

  /** Every locale (and slug) that has the page, so that `next build` renders each image once (●). */
  function generateStaticParams(): Params[] {
    return routing.locales.flatMap((locale) => {
      if (!slugRoute) return localesOf(pattern).includes(locale) ? [{ locale }] : [];
      return getAllDocs(locale)
        .filter((d) => d.route.startsWith(`${prefix}/`) && !d.route.slice(prefix.length + 1).includes('/'))
        .map((d) => ({ locale, slug: d.slug }));
    });
  }

  async function Image({ params }: { params: Promise<Params> }) {
    const { locale, slug } = await params;
    if (!hasLocale(routing.locales, locale)) notFound();
    const page = await ogPageInfo(locale, slugRoute ? `${prefix}/${slug}` : pattern);
    if (!page) notFound();
    return renderOgImage(page);
  }

  return { Image, generateStaticParams, size: ogSize, contentType: ogContentType };
}
