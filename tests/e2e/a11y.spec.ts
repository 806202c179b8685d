import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages, locales, pathOf } from './site';

// Accessibility: axe finds nothing on any page, in light and dark themes, at
// phone and desktop widths; the keyboard reaches every link with a visible
// focus indicator; reduced motion is honoured.

const widths = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 800 },
];
const themes = ['light', 'dark'] as const;

function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

for (const { path } of allPages) {
  test(`axe: ${path} (light/dark × phone/desktop)`, async ({ page }) => {
    test.setTimeout(120_000); // four full scans (colour contrast is the slow rule)
    const problems: string[] = [];
    for (const theme of themes) {
      // The head script follows the system setting when nothing is saved.
      await page.emulateMedia({ colorScheme: theme });
      for (const size of widths) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        // At phone width, scan the open menu too.
        if (size.name === 'phone') await page.locator('header details summary').click();
        const results = await new AxeBuilder({ page }).analyze();
        if (results.violations.length) problems.push(`[${theme}, ${size.name} ${size.width}px]\n${describe(results.violations)}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('axe: the 404 pages and the language-choice page (light/dark × phone/desktop)', async ({ page }) => {
  test.setTimeout(120_000);
  // The choice page leaves at once (script, or <noscript> refresh): scan its markup without the redirects.
  const choice = (await (await page.request.get('/index.html')).text())
    .replace(/<script>[\s\S]*?<\/script>/, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '');
  expect(choice).toContain('data-locale="en"');
  await page.route('**/__choice-page', (route) => route.fulfill({ body: choice, contentType: 'text/html; charset=utf-8' }));
  const problems: string[] = [];
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    for (const size of widths) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const path of ['/zh/nope', '/en/nope', '/nope', '/__choice-page']) {
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        if (results.violations.length) problems.push(`${path} [${theme}, ${size.name}]\n${describe(results.violations)}`);
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** Marks every element the keyboard should reach; returns how many. */
async function markTabbables(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')];
    let n = 0;
    for (const el of all) {
      const disabled = (el as HTMLButtonElement).disabled || el.tabIndex < 0;
      const rect = el.getBoundingClientRect();
      const visible = el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) && rect.width > 0 && rect.height > 0;
      // sr-only skip links are 1px and still must be reachable.
      if (!disabled && visible) el.dataset.kbd = String(n++);
    }
    return n;
  });
}

/** Tabs through the page; returns the marks reached and those without a focus indicator. */
async function tabThrough(page: Page, expected: number) {
  const reached = new Set<string>();
  const noIndicator: string[] = [];
  for (let i = 0; i < expected + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      return {
        mark: el.dataset.kbd ?? null,
        focusVisible: el.matches(':focus-visible'),
        indicator: outline || shadow,
        label: `${el.tagName.toLowerCase()}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      };
    });
    if (!info) break; // wrapped around to the document
    if (info.mark !== null) reached.add(info.mark);
    if (!info.focusVisible || !info.indicator) noIndicator.push(info.label);
    if (reached.size >= expected && i > expected) break;
  }
  return { reached, noIndicator };
}

for (const locale of locales) {
  test(`keyboard: Tab reaches every link of every ${locale} page with a visible focus indicator (desktop)`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const { path } of allPages.filter((p) => p.locale === locale)) {
      await page.goto(path);
      const expected = await markTabbables(page);
      expect(expected, path).toBeGreaterThan(5);
      await page.locator('body').focus();
      const { reached, noIndicator } = await tabThrough(page, expected);
      const missed = await page.evaluate(
        (seen) =>
          [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
            .filter((el) => !seen.includes(el.dataset.kbd!))
            .map((el) => el.outerHTML.slice(0, 100)),
        [...reached],
      );
      if (missed.length) problems.push(`${path}: not reached by Tab: ${missed.join(' | ')}`);
      if (noIndicator.length) problems.push(`${path}: no visible focus indicator on ${noIndicator.join(', ')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test(`keyboard: the ${locale} phone menu opens with Enter and its links are reachable`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(pathOf(locale, '/'));
    const summary = page.locator('header details summary');
    for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('header details')).toHaveAttribute('open', '');
    // The menu's search form comes first: its field, then its button.
    await page.keyboard.press('Tab');
    await expect(page.locator('header details input[type="search"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('header details button[type="submit"]')).toBeFocused();
    const links = page.locator('header details nav a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      await expect(links.nth(i)).toBeFocused();
      const indicator = await links.nth(i).evaluate((el) => {
        const s = getComputedStyle(el);
        return el.matches(':focus-visible') && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none');
      });
      expect(indicator, `menu link ${i}`).toBe(true);
    }
    // Enter follows the focused link.
    const href = await links.nth(count - 1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/deployment');
  await page.keyboard.press('Tab');
  const skip = page.locator('a[href="#main"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});

test('prefers-reduced-motion turns transitions and smooth scrolling off', async ({ page }) => {
  // Pages with transitions (cards, link cards): measured with and without the setting.
  const paths = ['/en', '/en/why-ray', '/en/resources', '/zh/case-studies'];
  const durations = async () =>
    page.evaluate(() => {
      const seconds = (v: string) => Math.max(...v.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
      const els = [...document.querySelectorAll('body *')];
      return {
        transitions: els.map((el) => seconds(getComputedStyle(el).transitionDuration)).filter((d) => d > 0),
        animations: els.map((el) => seconds(getComputedStyle(el).animationDuration)).filter((d) => d > 0),
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      };
    });
  let moving = 0;
  for (const path of paths) {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(path);
    moving += (await durations()).transitions.filter((d) => d >= 0.1).length;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    const reduced = await durations();
    expect(Math.max(0, ...reduced.transitions), `${path}: longest transition under reduced motion (s)`).toBeLessThanOrEqual(0.00001);
    expect(Math.max(0, ...reduced.animations), `${path}: longest animation under reduced motion (s)`).toBeLessThanOrEqual(0.00001);
    expect(reduced.scroll, path).toBe('auto');
  }
  // The check is not vacuous: without the setting, some elements do transition.
  expect(moving).toBeGreaterThan(0);
});
