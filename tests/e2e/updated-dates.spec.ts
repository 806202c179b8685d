import { test, expect } from '@playwright/test';
import { allPages, routes } from './site';

// Dates readers can trust (issue 20): every page shows "Updated <date>" /
// "更新于 <date>" without JavaScript, and that one date is the sitemap's
// lastmod, a case study's JSON-LD dateModified and its feed entry's updated.
// No page of the committed content is behind its translation, so none shows
// the notice (tests/authoring/translations.test.ts builds one that does, and
// checks it with JavaScript off, axe in both themes and the Nu checker).
test.use({ javaScriptEnabled: false });

const shown = {
  en: /^Updated (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/,
  zh: /^更新于 (\d{4}) 年 (\d{1,2}) 月 (\d{1,2}) 日$/,
};
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 December 2026" / "2026 年 12 月 3 日" → "2026-12-03" */
function dayOf(locale: 'zh' | 'en', text: string): string {
  const m = shown[locale].exec(text);
  expect(m, `"${text}" reads as a ${locale} date`).not.toBeNull();
  const [y, mo, d] = locale === 'en' ? [m![3], months.indexOf(m![2]) + 1, m![1]] : [m![1], m![2], m![3]];
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

test('every page shows its updated date, the sitemap, JSON-LD and feeds carry the same, and no page shows the translation notice', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  expect(routes.length).toBeGreaterThan(10);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const lastmod = new Map(
    [...sitemap.matchAll(/<loc>[^<]*?(\/(?:zh|en)[^<]*)<\/loc>[\s\S]*?<lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1], m[2].slice(0, 10)]),
  );
  const feeds = { zh: await (await request.get('/zh/feed.xml')).text(), en: await (await request.get('/en/feed.xml')).text() };
  for (const { locale, route, path } of allPages) {
    await page.goto(path);
    const line = page.locator('[data-updated]');
    await expect(line, path).toHaveCount(1);
    await expect(line, path).toBeVisible();
    const day = dayOf(locale, (await line.innerText()).trim());
    await expect(line.locator('time'), path).toHaveAttribute('datetime', day);
    expect(lastmod.get(path), `${path}: sitemap lastmod`).toBe(day);
    if (route.startsWith('/case-studies/')) {
      const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
      expect(jsonLd.find((d) => d['@type'] === 'Article')?.dateModified, `${path}: JSON-LD dateModified`).toBe(day);
      const entry = feeds[locale].split('<entry>').find((e) => e.includes(`${path}"/>`));
      expect(entry?.match(/<updated>(\d{4}-\d\d-\d\d)/)?.[1], `${path}: feed entry updated`).toBe(day);
    }
    await expect(page.locator('[data-translation-notice]'), `${path}: in sync, no notice`).toHaveCount(0);
  }
});
