// After the first page (lib/delivery-navigation.ts), in Chromium against
// `npm start`: hovering a link to another page prefetches it (nginx logs the
// request with Sec-Purpose: prefetch), the rules never select the search page,
// Markdown, feeds, share images or URLs with a query, and a page asked with
// Accept: text/markdown answers its twin.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type CDPSession, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

const accessLog = process.env.ACCESS_LOG || path.join('.cache', 'nginx', new URL(baseURL).port, 'access.log');

/** The URLs the page's speculation rules select (Chromium's candidates), and the prefetches it makes. */
async function watchPreloading(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const candidates = new Set<string>();
  const prefetched = new Set<string>();
  cdp.on('Preload.preloadingAttemptSourcesUpdated', (e) => {
    candidates.clear();
    for (const s of e.preloadingAttemptSources) candidates.add(new URL(s.key.url).pathname + new URL(s.key.url).search);
  });
  cdp.on('Preload.prefetchStatusUpdated', (e) => {
    if (e.status === 'Ready' || e.status === 'Running') prefetched.add(new URL(e.prefetchUrl).pathname + new URL(e.prefetchUrl).search);
  });
  await cdp.send('Preload.enable');
  return { candidates, prefetched };
}

/** Lines nginx logged for this test's user agent. */
const logged = (agent: string) =>
  fs.existsSync(accessLog)
    ? fs
        .readFileSync(accessLog, 'utf8')
        .split('\n')
        .filter((l) => l.includes(agent))
    : [];

test.describe('prefetch on hover', () => {
  const agent = `e2e-navigation-${Date.now()}`;
  test.use({ viewport: { width: 1280, height: 800 }, userAgent: `Mozilla/5.0 ${agent}` });

  test('hovering a link to another page prefetches it; nginx logs Sec-Purpose: prefetch', async ({ page }) => {
    const { candidates, prefetched } = await watchPreloading(page);
    const response = await page.goto('/en');
    expect(response?.headers()['speculation-rules']).toBe('"/speculation-rules.json"');
    await expect.poll(() => candidates.has('/en/why-ray'), { message: 'the rules select the link' }).toBe(true);
    expect(prefetched.size, 'nothing before a hover (moderate eagerness)').toBe(0);
    await page.locator('header a[href="/en/why-ray"]:visible').first().hover();
    await expect.poll(() => prefetched.has('/en/why-ray'), { timeout: 5000 }).toBe(true);
    await expect
      .poll(() => logged(agent).filter((l) => l.includes('"GET /en/why-ray HTTP/1.1" 200') && /" "prefetch" "text\/html/.test(l)).length, {
        message: `a prefetch of /en/why-ray in ${accessLog}`,
      })
      .toBe(1);
    // The click is served by the prefetch: nginx sees no second request for the page.
    await page.locator('header a[href="/en/why-ray"]:visible').first().click();
    await expect(page).toHaveURL(/\/en\/why-ray$/);
    expect(logged(agent).filter((l) => l.includes('"GET /en/why-ray ')).length).toBe(1);
  });
});

test.describe('never prefetched', () => {
  // Its own user agent: the tests run in parallel and share the log.
  const agent = `e2e-never-prefetched-${Date.now()}`;
  test.use({ viewport: { width: 1280, height: 800 }, userAgent: `Mozilla/5.0 ${agent}` });

  test('nothing is prefetched of the search page, Markdown, feeds, share images or URLs with a query', async ({ page }) => {
    const { candidates, prefetched } = await watchPreloading(page);
    await page.goto('/en/search?q=ray');
    const never = [
      '/en/search',
      '/zh/search',
      '/en/search?q=serve',
      '/en/deployment.md',
      '/en/llms.txt',
      '/en/feed.xml',
      '/og/en.png',
      '/en/why-ray?ref=x',
    ];
    // Links to each, added to the page: document rules consider every link, whenever it appears.
    await page.evaluate((hrefs) => {
      for (const href of hrefs)
        document.querySelector('main')!.insertAdjacentHTML('afterbegin', `<p><a class="e2e-link" href="${href}">${href}</a></p>`);
    }, never);
    await expect.poll(() => candidates.has('/en/why-ray'), { message: 'the page’s other links are candidates' }).toBe(true);
    for (const href of never) expect([...candidates], href).not.toContain(href);
    for (const link of await page.locator('a.e2e-link').all()) {
      await link.hover();
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(500);
    // Only these: the pointer may come to rest on a search result (an ordinary page link) as results render.
    expect(never.filter((href) => prefetched.has(href))).toEqual([]);
    const prefetchLines = logged(agent).filter((l) => /" "prefetch" "/.test(l));
    expect(never.filter((href) => prefetchLines.some((l) => l.includes(`"GET ${href} `)))).toEqual([]);
  });
});

test('a page asked with Accept: text/markdown answers its twin; browsers get HTML; both vary on Accept', async ({ request }) => {
  const twin = await request.get('/en/deployment.md');
  const asked = await request.get('/en/deployment', { headers: { Accept: 'text/markdown, text/html;q=0.9' } });
  expect(asked.status()).toBe(200);
  expect(asked.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect(asked.headers()['vary']).toMatch(/\bAccept\b/);
  expect(await asked.text()).toBe(await twin.text());
  const html = await request.get('/en/deployment', { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  expect(html.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(html.headers()['vary']).toMatch(/\bAccept\b/);
  const search = await request.get('/zh/search', { headers: { Accept: 'text/markdown' } });
  expect(search.headers()['content-type'], 'no twin: the page').toBe('text/html; charset=utf-8');
});

test('every page’s footer links its Markdown twin, in both languages', async ({ page }) => {
  for (const [path, text] of [
    ['/en/deployment', 'This page in Markdown'],
    ['/zh/case-studies/spotify', '本页的 Markdown 版本'],
  ]) {
    await page.goto(path);
    const link = page.locator('footer a[data-markdown-twin]');
    await expect(link).toHaveText(text);
    await expect(link).toHaveAttribute('href', `${path}.md`);
  }
  await page.goto('/en/search');
  await expect(page.locator('footer a[data-markdown-twin]'), 'the search page has no twin').toHaveCount(0);
});

test.describe('view transitions between pages', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`a click to another page ${reducedMotion === 'reduce' ? 'swaps without' : 'runs'} a view transition (reduced motion: ${reducedMotion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion });
      // Test-only probe in each new document (pages run no script of theirs for this).
      await page.addInitScript(() =>
        addEventListener(
          'pagereveal',
          (e) => ((window as unknown as { vt: boolean }).vt = Boolean((e as Event & { viewTransition: unknown }).viewTransition)),
        ),
      );
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/en');
      await page.locator('header a[href="/en/deployment"]:visible').first().click();
      await expect(page).toHaveURL(/\/en\/deployment$/);
      await expect.poll(() => page.evaluate(() => (window as unknown as { vt?: boolean }).vt)).toBe(reducedMotion === 'no-preference');
      // The header is its own layer of the transition, so it is not cross-faded with the content.
      expect(await page.locator('header').evaluate((h) => getComputedStyle(h).viewTransitionName)).toBe('site-header');
    });
  }
});
