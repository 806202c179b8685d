// Written into the static export at build.
export const dynamic = 'force-static';

import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/seo';

// /sitemap.xml: every page of both locales with its hreflang alternates (lib/seo.ts).
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
