import type { ReactNode } from 'react';
import { headScript as defaultHeadScript } from '@/lib/inline-scripts';

type Props = {
  lang: string;
  skipLabel: string;
  /** The page's one inline script (lib/inline-scripts.ts); every page but `/` runs the head script. */
  script?: string;
  head?: ReactNode;
  children: ReactNode;
};

/**
 * The HTML document shared by every page and the 404 pages: language,
 * the inline head script, the skip link and the full-height column.
 */
export function SiteDocument({ lang, skipLabel, script = defaultHeadScript, head, children }: Props) {
  return (
    <html lang={lang} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the App Router document's own <head>; next/head is for pages/ */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: script }} />
        {head}
      </head>
      <body className="min-h-dvh bg-bg font-sans text-fg antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-brand px-4 py-2 font-medium text-on-brand focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          {skipLabel}
        </a>
        <div className="flex min-h-dvh flex-col">{children}</div>
      </body>
    </html>
  );
}
