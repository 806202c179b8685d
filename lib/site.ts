/**
 * Site-wide settings: the one place for the public URL and fixed links.
 * SITE_URL sets the absolute origin used in canonical/hreflang/OG/sitemap
 * (default: the local production server from the README's quick start).
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

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
