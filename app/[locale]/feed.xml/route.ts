import { routing } from '@/i18n/routing';
import { routeLocale } from '@/i18n/route-locale';
import { caseStudyFeed } from '@/lib/feeds';

// /{locale}/feed.xml: Atom feed of the case studies, written at build (lib/feeds.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = routeLocale((await params).locale);
  return new Response(await caseStudyFeed(locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
