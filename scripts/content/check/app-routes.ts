// The routes the app serves (from the file names under app/, read by files.ts),
// and whether one of them serves a URL.

export interface AppRoute {
  /** URL segments; dynamic ones kept as written: ['[locale]', 'case-studies', '[slug]']. */
  segments: string[];
  kind: 'page' | 'handler';
}

export function appServes(routes: AppRoute[], urlPath: string, locales: string[], kinds: AppRoute['kind'][]): boolean {
  const parts = urlPath.split('/').filter(Boolean);
  return routes.some(
    (r) =>
      kinds.includes(r.kind) &&
      r.segments.length === parts.length &&
      r.segments.every((seg, i) => {
        if (seg === '[locale]') return locales.includes(parts[i]);
        // A catch-all (app/og/[...image]) never counts: a link to a share image is reported missing.
        if (/^\[\[?\.\.\./.test(seg)) return false;
        if (/^\[.+\]$/.test(seg)) return true;
        return seg === parts[i];
      }),
  );
}
