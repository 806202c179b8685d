/** A setting of the build's environment that is not what it must be: the message names the variable. */
export class SettingError extends Error {
  override name = 'SettingError';
}

const shown = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** SITE_URL: an absolute https: or http: origin, e.g. https://ray.example.org (a trailing / is dropped). */
export function readSiteUrl(value: string | undefined): string {
  if (value === undefined) return 'http://localhost:3000';
  const trimmed = value.replace(/\/+$/, '');
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {}
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== trimmed)
    throw new SettingError(
      `SITE_URL must be the site's origin, https://host or http://host[:port], with no path, quotes or spaces, e.g. SITE_URL=https://ray.example.org — it is ${shown(value)}`,
    );
  return trimmed;
}

/** EDIT_URL_BASE: an https: URL ending in /, e.g. https://github.com/org/repo/edit/main/; empty or unset: no edit links. */
export function readEditUrlBase(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {}
  if (!url || url.protocol !== 'https:' || url.href !== trimmed || !trimmed.endsWith('/') || url.search || url.hash || url.username)
    throw new SettingError(
      `EDIT_URL_BASE must be an https: address ending in /, with no quotes, spaces, query or #, e.g. EDIT_URL_BASE=https://github.com/org/repo/edit/main/ — it is ${shown(value!)}`,
    );
  return trimmed;
}

/**
 * Site-wide settings: the one place for the public URL and fixed links.
 * SITE_URL sets the absolute origin used in canonical/hreflang/OG/sitemap
 * (default: the local production server from the README's quick start).
 * Checked when this module loads: a bad value stops the build at its first
 * step (scripts/build/images.ts), naming the variable.
 */
export const siteUrl = readSiteUrl(process.env.SITE_URL);

/**
 * EDIT_URL_BASE (build time): the web-editor URL of the repository's root,
 * e.g. https://github.com/org/repo/edit/main/. Set: every content page links
 * to its own source file under content/; unset: no link.
 */
export const editUrlBase = readEditUrlBase(process.env.EDIT_URL_BASE);

/** The edit link of a content file ("zh/deployment.mdx", Contentlayer's sourceFilePath), or undefined without a base. */
export function editUrl(base: string | undefined, sourceFilePath: string): string | undefined {
  return base ? `${base.replace(/\/+$/, '')}/content/${sourceFilePath.split('/').map(encodeURIComponent).join('/')}` : undefined;
}

export const site = {
  url: siteUrl,
  /** The source page's call for feedback from teams building ML platforms on Ray. */
  feedbackFormUrl: 'https://forms.gle/wCCdbaQDtgErYycT6',
  /** The docs' front page: the deep link to the source page is unconfirmed (facts sheet). */
  rayDocsUrl: 'https://docs.ray.io/',
  rayRepoUrl: 'https://github.com/ray-project/ray',
  kubeRayUrl: 'https://github.com/ray-project/kuberay',
  /** Drafts are shown by `npm run dev` only, never in a production build. */
  showDrafts: process.env.NODE_ENV !== 'production',
} as const;
