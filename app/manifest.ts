// Written into the static export at build.
export const dynamic = 'force-static';

import type { MetadataRoute } from 'next';
import { routing, localeTags } from '@/i18n/routing';
import { ogColors } from '@/lib/og/theme';
import zh from '@/messages/zh/common.json';

// /manifest.webmanifest, in the default locale (zh). Icons: app/icon.svg and
// app/apple-icon.png (scripts/measure/generate-icons.ts).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: zh.Site.name,
    short_name: zh.Site.shortName,
    description: zh.Site.tagline,
    lang: localeTags[routing.defaultLocale].htmlLang,
    start_url: '/',
    scope: '/',
    display: 'browser',
    background_color: ogColors.bg,
    theme_color: ogColors.bg,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
