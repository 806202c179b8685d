import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { allPages, locales, pathOf, searchRoute, type Locale } from './site';

// The search pages in a real browser: ?q= and typing show results in
// #search-results from this locale's index; the keyboard moves through them;
// without JavaScript the form submits and the page lists every page; no other
// page loads search code or an index; no CSP violation; axe finds nothing.

const searchPath = (locale: Locale) => pathOf(locale, searchRoute);
/** A query and the page that answers it (the one about it). */
const firstHit: Record<Locale, [string, string][]> = {
  zh: [
    // Merlin's page names its feature store, Pano, five times since its "What it took" section.
    ['特征存储', '/zh/case-studies/shopify-merlin'],
    ['播客推荐', '/zh/case-studies/spotify'],
  ],
  en: [
    ['Merlin Workspace', '/en/case-studies/shopify-merlin'],
    ['celery', '/en/case-studies/instacart-griffin'],
  ],
};

const results = (page: Page) => page.locator('#search-results');
const hitLinks = (page: Page) => page.locator('#search-results a.search-hit-link');
const pageList = (page: Page) => page.locator('#search-pages');
const otherPages = (locale: Locale) => allPages.filter((p) => p.locale === locale && p.route !== searchRoute);

/** Collects CSP violations and console errors of a page. */
async function watchForErrors(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return problems;
}

for (const locale of locales) {
  for (const [query, expected] of firstHit[locale]) {
    test(`${searchPath(locale)}?q=${query} shows ${expected} first, with the match highlighted`, async ({ page }) => {
      const problems = await watchForErrors(page);
      await page.goto(`${searchPath(locale)}?q=${encodeURIComponent(query)}`);
      await expect(results(page)).toHaveAttribute('data-state', 'results');
      await expect(page.locator('#search-input')).toHaveValue(query);
      await expect(hitLinks(page).first()).toHaveAttribute('href', expected);
      await expect(page.locator('#search-status')).toContainText(query);
      // The first result's excerpt marks (part of) the query.
      const marks = await page.locator('#search-results li').first().locator('mark').allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(query.toLowerCase()).toContain(m.toLowerCase().slice(0, 2));
      // The page list makes way for the results.
      await expect(pageList(page)).toBeHidden();
      expect(problems).toEqual([]);
    });
  }
}

test('typing updates the results and the address, as you type', async ({ page }) => {
  await page.goto(searchPath('en'));
  await expect(results(page)).toHaveAttribute('data-state', 'idle');
  await expect(pageList(page)).toBeVisible();
  const input = page.locator('#search-input');
  await input.pressSequentially('orchestr'); // an unfinished word
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/en/deployment');
  await expect(page).toHaveURL(/\/en\/search\?q=orchestr$/);
  await input.fill('');
  await expect(results(page)).toHaveAttribute('data-state', 'idle');
  await expect(pageList(page)).toBeVisible();
  await input.pressSequentially('hendrix');
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/en/case-studies/spotify');
  await expect(page).toHaveURL(/\?q=hendrix$/);

  await page.goto(searchPath('zh'));
  await page.locator('#search-input').pressSequentially('离线评');
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/zh/case-studies/spotify');
});

test('what is typed before the module arrives still reaches the results and the address', async ({ page }) => {
  // The first focus loads the module; a fast typist finishes before it runs.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search\/search\.[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(searchPath('en'));
  await page.locator('#search-input').pressSequentially('orchestr');
  await expect(page).toHaveURL(/\/en\/search$/); // nothing has run yet
  release();
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/en/deployment');
  await expect(page).toHaveURL(/\/en\/search\?q=orchestr$/);
});

test('the keyboard moves from the field into the results and Enter opens one', async ({ page }) => {
  await page.goto(`${searchPath('zh')}?q=${encodeURIComponent('KubeRay')}`);
  await expect(results(page)).toHaveAttribute('data-state', 'results');
  expect(await hitLinks(page).count()).toBeGreaterThan(2);
  const input = page.locator('#search-input');
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await expect(hitLinks(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hitLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  // Enter in the field moves to the first result; Enter there opens it.
  await page.keyboard.press('Enter');
  await expect(hitLinks(page).nth(0)).toBeFocused();
  const href = await hitLinks(page).nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('the first 10 results show, the rest on request, each with its excerpt', async ({ page }) => {
  await page.goto(`${searchPath('en')}?q=Ray`);
  await expect(results(page)).toHaveAttribute('data-state', 'results');
  await expect(hitLinks(page)).toHaveCount(10);
  const total = Number(/(\d+) results/.exec((await page.locator('#search-status').textContent())!)![1]);
  expect(total, 'more pages mention Ray than the first step shows').toBeGreaterThan(10);
  const more = results(page).locator('button.search-more');
  await expect(more).toHaveText(`Show ${Math.min(10, total - 10)} more`);
  await more.click();
  await expect(hitLinks(page)).toHaveCount(Math.min(20, total));
  // Focus goes to the first result added, and every result has an excerpt.
  await expect(hitLinks(page).nth(10)).toBeFocused();
  await expect(results(page).locator('.search-hit-excerpt')).toHaveCount(Math.min(20, total));
  // A new query starts at 10 again.
  await page.locator('#search-input').fill('ray');
  await expect(hitLinks(page)).toHaveCount(10);
});

test('no results: says so and offers the list of every page', async ({ page }) => {
  await page.goto(`${searchPath('en')}?q=zzqxj`);
  await expect(results(page)).toHaveAttribute('data-state', 'empty');
  await expect(page.locator('#search-status')).toContainText('No results for “zzqxj”');
  await expect(pageList(page)).toBeVisible();
  await expect(pageList(page).locator('a')).toHaveCount(otherPages('en').length);
});

test('resources are results too, linking to their entry on the resources page', async ({ page }) => {
  await page.goto(`${searchPath('en')}?q=horovod`);
  const resource = page.locator('#search-results a.search-hit-link[href="/en/resources#resource-uber-horovod-ray"]');
  await expect(resource).toHaveCount(1);
  await resource.click();
  await expect(page.locator('#resource-uber-horovod-ray')).toBeInViewport();
});

test('the header form on any page searches with JavaScript and lands on the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/deployment');
  await page.locator('#header-search').fill('celery');
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=celery$/);
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/en/case-studies/instacart-griffin');
});

test('index data is shown as text, never parsed as markup', async ({ page }) => {
  // An index whose first document carries markup in its title and text: it must show as characters.
  const indexUrl = await (async () => {
    await page.goto(searchPath('en'));
    return page.locator('#search').getAttribute('data-index');
  })();
  // The index's head holds the title; the page's body is in one of its body chunks.
  const head = await (await page.request.get(indexUrl!)).json();
  const hostile = '<img src=x onerror="window.__injected=1"><b>bold</b>';
  const target = head.docs.find((d: { id: string }) => d.id === '/en/deployment');
  target.title = `Deploying ${hostile}`;
  const chunkUrl: string = head.bodies[target.chunk];
  const chunk = await (await page.request.get(chunkUrl)).json();
  chunk['/en/deployment'] = `${hostile} ${chunk['/en/deployment']}`;
  await page.route(`**${indexUrl}`, (route) => route.fulfill({ json: head }));
  await page.route(`**${chunkUrl}`, (route) => route.fulfill({ json: chunk }));
  await page.goto(`${searchPath('en')}?q=oozie`);
  await expect(hitLinks(page).first()).toHaveText(`Deploying ${hostile}`);
  await expect(results(page).locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`${searchPath(locale)} lists every page with its description, and the form submits`, async ({ page }) => {
      await page.goto(searchPath(locale));
      const items = pageList(page).locator('li');
      await expect(items).toHaveCount(otherPages(locale).length);
      const hrefs = await pageList(page)
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(
        otherPages(locale)
          .map((p) => p.path)
          .sort(),
      );
      for (const text of await items.locator('p').allInnerTexts()) expect(text.trim().length).toBeGreaterThan(20);
      await page.locator('#search-input').fill('Ray');
      await page.locator('#search-input').press('Enter');
      await expect(page).toHaveURL(new RegExp(`${searchPath(locale)}\\?q=Ray$`));
      await expect(items).toHaveCount(otherPages(locale).length);
    });
  }

  test('the header form submits from the phone menu and from the desktop bar', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/zh/case-studies');
    await page.locator('header details summary').click();
    await page.locator('#menu-search').fill('特征存储');
    await page.locator('#menu-search').press('Enter');
    await expect(page).toHaveURL(/\/zh\/search\?q=%E7%89%B9%E5%BE%81%E5%AD%98%E5%82%A8$/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/resources');
    await page.locator('#header-search').fill('KubeRay');
    await page.locator('header form:has(#header-search) button[type="submit"]').click();
    await expect(page).toHaveURL(/\/en\/search\?q=KubeRay$/);
  });
});

test('only the search page loads search code or an index, and only its own locale’s', async ({ page }) => {
  test.setTimeout(90_000);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  for (const { path } of allPages.filter((p) => p.route !== searchRoute)) {
    requested.length = 0;
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(
      requested.filter((p) => p.startsWith('/assets/search/') || /\.m?js$/.test(p)),
      path,
    ).toEqual([]);
  }
  for (const locale of locales) {
    requested.length = 0;
    await page.goto(`${searchPath(locale)}?q=Ray`, { waitUntil: 'networkidle' });
    const search = requested.filter((p) => p.startsWith('/assets/search/'));
    expect(
      search.filter((p) => p.endsWith('.js')),
      locale,
    ).toHaveLength(1);
    // The head, then only parts of this locale's index: never a part of the other's, never all of them.
    const parts = search.filter((p) => p.endsWith('.json'));
    expect(parts[0], locale).toMatch(new RegExp(`^/assets/search/${locale}\\.[0-9a-f]{10}\\.json$`));
    for (const p of parts.slice(1))
      expect(p, locale).toMatch(new RegExp(`^/assets/search/${locale}\\.(terms|bodies)\\.\\d+\\.[0-9a-f]{10}\\.json$`));
    const all = fs.readdirSync(path.join('out', 'assets', 'search')).filter((f) => f.startsWith(`${locale}.`) && f.endsWith('.json'));
    expect(parts.length, `${locale}: ?q=Ray loads fewer parts than there are`).toBeLessThan(all.length);
  }
});

test('the search module and index are served compressed, cached for good, under the CSP', async ({ request }) => {
  const html = await (await request.get(searchPath('zh'))).text();
  const moduleSrc = /data-module="([^"]+)"/.exec(html)![1];
  const index = /data-index="([^"]+)"/.exec(html)![1];
  for (const [path, type] of [
    [moduleSrc, /javascript/],
    [index, /json/],
  ] as const) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-security-policy'], path).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  }
});

test('axe: the search page with results, with none and with nothing typed (light/dark × phone/desktop)', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of [
      { width: 375, height: 800 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      for (const [path, state] of [
        [`${searchPath('zh')}?q=${encodeURIComponent('特征存储')}`, 'results'],
        [`${searchPath('en')}?q=feature%20store`, 'results'],
        [`${searchPath('en')}?q=zzqxj`, 'empty'],
        [searchPath('zh'), 'idle'],
      ] as const) {
        await page.goto(path);
        await expect(results(page)).toHaveAttribute('data-state', state);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations)
          problems.push(
            `${path} [${colorScheme} ${viewport.width}px] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
