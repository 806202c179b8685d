// Written into the static export at build.
export const dynamic = 'force-static';

import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo';

// /robots.txt: everything may be crawled; the sitemap lists every page.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/' }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
