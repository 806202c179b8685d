// Printing (issue 22 §2): a case study printed to PDF by Chromium, from the
// dark theme, on A4 and Letter. The PDF's text (pdftotext, poppler-utils) holds
// the address-and-date line, the facts panel's values and the sources' URLs,
// and none of the site's chrome. CSS only: app/print.css.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pathOf, type Locale } from './site';

const messages = (locale: Locale) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8'));
const frontmatter = (locale: Locale, slug: string) =>
  parse(readFileSync(`content/${locale}/case-studies/${slug}.mdx`, 'utf8').split(/^---$/m)[1]);
/** pdftotext breaks long lines (URLs, Chinese sentences) wherever the PDF did: compare without whitespace. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
/** …and it drops a hyphen a URL was broken at (taking it for hyphenation): compare URLs without hyphens too. */
const squeezeUrl = (s: string) => s.replace(/[\s-]+/g, '');

async function pdfText(page: Page, format: 'A4' | 'Letter') {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
  try {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ format }));
    // Reading order (not -layout), so that the facts panel's columns stay apart; stderr: poppler's font warnings.
    const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { text: run('pdftotext', [file, '-']), pages: Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.use({ colorScheme: 'dark' });

for (const [locale, slug] of [
  ['zh', 'spotify'],
  ['en', 'instacart-griffin'],
] as const) {
  test(`a printed case study holds its address, date, facts and source URLs, and no site chrome (${locale} ${slug})`, async ({
    page,
    baseURL,
  }) => {
    const route = pathOf(locale, `/case-studies/${slug}`);
    await page.goto(route);
    await expect(page.locator('html')).toHaveClass(/dark/); // printed from the dark theme
    const study = frontmatter(locale, slug);
    const m = messages(locale);
    const day = new Date(study.updated).toISOString().slice(0, 10);

    for (const format of ['A4', 'Letter'] as const) {
      const { text, pages } = await pdfText(page, format);
      const flat = squeeze(text);
      expect(pages, `${format} pages`).toBeGreaterThan(0);
      expect(pages, `${format} pages`).toBeLessThan(12);
      // The first line: the page's address (SITE_URL of the build) and its date.
      const firstLine = squeeze(text.trimStart().split('\n')[0]);
      expect(firstLine).toContain(squeeze(new URL(route, 'http://localhost:3000').pathname));
      expect(firstLine).toContain(squeeze(m.Page.asOf.replace('{date}', day)));
      // The facts panel, with every value, before the first section of the text.
      for (const value of [
        study.company,
        study.platform,
        String(study.year),
        study.deployment,
        ...study.keyNumbers.map((n: { value: string }) => n.value),
      ])
        expect(flat, `facts value ${value}`).toContain(squeeze(value));
      expect(flat.indexOf(squeeze(m.CaseStudy.facts))).toBeLessThan(flat.indexOf(squeeze(m.CaseStudy.sources)));
      // Outbound links have their URL written out; internal links do not.
      for (const source of study.sources as { url: string }[])
        expect(squeezeUrl(text), source.url).toContain(`(${squeezeUrl(source.url)})`);
      expect(flat).not.toContain(`(/${locale}/`);
      // No chrome: skip link, footer, pager, "on this page".
      for (const chrome of [
        m.Header.skipToContent,
        m.Footer.about,
        m.CaseStudy.previous,
        m.CaseStudy.next,
        m.Page.onThisPage,
        m.Footer.trademark,
      ])
        if (chrome) expect(flat, `chrome: ${chrome}`).not.toContain(squeeze(chrome));
    }
    // On screen the print line is not shown, so neither sighted readers nor screen readers meet it.
    await expect(page.locator('.print-line')).toBeHidden();
    expect(baseURL).toBeTruthy();
  });
}

test('print styles make the page black on white and hide the chrome, from the dark theme (en deployment)', async ({ page }) => {
  await page.goto(pathOf('en', '/deployment'));
  await page.emulateMedia({ media: 'print' });
  const look = await page.evaluate(() => {
    const css = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
    return {
      color: css(document.querySelector('main h1'))?.color,
      background: css(document.documentElement)?.backgroundColor,
      header: css(document.querySelector('body header'))?.display,
      footer: css(document.querySelector('body footer'))?.display,
      printLine: css(document.querySelector('.print-line'))?.display,
    };
  });
  expect(look).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', header: 'none', footer: 'none', printLine: 'block' });
});
