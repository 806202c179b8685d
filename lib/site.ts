/**
 * Site-wide settings: the one place for the public URL and fixed links.
 * SITE_URL sets the absolute origin used in canonical/hreflang/OG/sitemap
 * (default: the local production server from the README's quick start).
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/**
 * EDIT_URL_BASE (build time): the web-editor URL of the repository's root,
 * e.g. https://github.com/org/repo/edit/main/. Set: every content page links
 * to its own source file under content/; unset: no link.
 */
export const editUrlBase = process.env.EDIT_URL_BASE?.trim() || undefined;

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
