// The browser editor at /admin/ (lib/editor/), driven in Chromium on its local
// mode over a seeded copy of content/ (./editor-repo.ts): it opens under its
// own CSP, and what it saves is what the guide writes.
import { expect, test, type Page } from '@playwright/test';
import { adminContentSecurityPolicy } from '@/lib/editor/admin-page';
import { contentSecurityPolicy } from '@/lib/delivery';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { imageBudget } from '@/lib/images/policy';
import { normalizeContentFile } from '@/lib/editor/normalize-frontmatter';
import { answerPickerWithRepository, changedLines, contentFiles, readRepository, seedRepository } from './editor-repo';
import { shAsync, tempCopy } from '../../scripts/lib/temp-copy';

/** Requests the editor makes that its CSP blocks on purpose (lib/editor/admin-page.ts). */
const blockedOnPurpose = /^https:\/\/(unpkg\.com|www\.githubstatus\.com)\//;

async function openEditor(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} ${e.blockedURI}`),
    ),
  );
  await answerPickerWithRepository(page);
  await page.goto('/admin/setup.js');
  await seedRepository(page, contentFiles());
  const started = Date.now();
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(
    page
      .getByRole('link', { name: /案例 · Case studies/ })
      .or(page.getByText(/案例 · Case studies/))
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  return { violations, openMs: Date.now() - started };
}

/** Each file the editor saved, normalised as `npm run format` does, against the file in git: path → changed lines. */
async function savedChanges(page: Page): Promise<Record<string, string[]>> {
  const saved = await readRepository(page);
  const changes: Record<string, string[]> = {};
  for (const [file, bytes] of Object.entries(saved)) {
    if (!file.startsWith('content/')) continue;
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const diff = changedLines(before, normalizeContentFile(file, bytes.toString('utf8')));
    if (diff.length) changes[file] = diff;
  }
  return changes;
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved: the editor closes, or stays with nothing left to save.
  await expect(page.getByRole('button', { name: 'Save', exact: true, disabled: false })).toHaveCount(0, { timeout: 10_000 });
}

/** Opens an entry from its collection's list, as an editor would. */
async function openEntry(page: Page, collection: string, title: string) {
  const back = page.getByRole('button', { name: 'Cancel Editing' });
  if (await back.isVisible()) await back.click({ timeout: 2000 }).catch(() => {});
  // After a save the editor returns to the list it came from, a moment later,
  // which can undo this navigation or close the entry just opened: the steps
  // are repeated until the entry's form shows its title.
  await expect(async () => {
    await page.goto(`/admin/#/collections/${collection}`);
    await page.getByRole('row', { name: title, exact: true }).getByText(title, { exact: true }).click({ timeout: 5000 });
    await expect(page.getByRole('textbox', { name: '标题 · Title' }).first()).toHaveValue(title, { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}

/** Scrolls the form with the wheel until the field shows (Sveltia renders fields as they come into view). */
async function scrollTo(page: Page, locator: ReturnType<Page['locator']>) {
  await page.mouse.move(300, 500);
  for (let i = 0; i < 60 && !(await locator.isVisible()); i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  await expect(locator).toBeVisible();
}

/** The zh title as the file in git has it (to know the editor shows that entry, not the last one). */
const titleIn = (file: string) => JSON.parse(/^title: (".*")$/m.exec(fs.readFileSync(file, 'utf8'))![1]) as string;

test.describe('the editor at /admin/', () => {
  // A 2 MB app, a seeded folder and image encoding: slower than a page test, more so on a busy machine.
  test.describe.configure({ timeout: 90_000 });
  test.use({ actionTimeout: 15_000 });
  test('opens on the working copy under its own CSP; public pages keep theirs', async ({ page, request }) => {
    const admin = await request.get('/admin/');
    expect(admin.headers()['content-security-policy']).toBe(adminContentSecurityPolicy());
    expect(admin.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(await admin.text()).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect((await request.get('/zh')).headers()['content-security-policy']).toBe(contentSecurityPolicy());
    // Not a page of the site: in no sitemap, feed, llms.txt, Markdown twin or search file.
    for (const file of ['/sitemap.xml', '/zh/feed.xml', '/en/feed.xml', '/llms.txt', '/zh/llms-full.txt', '/en/llms-full.txt'])
      expect(await (await request.get(file)).text(), file).not.toContain('/admin');
    expect((await request.get('/admin.md')).status()).toBe(404);
    const searchFiles = fs.readdirSync('out/assets/search').filter((f) => f.endsWith('.json'));
    expect(searchFiles.length).toBeGreaterThan(0);
    for (const f of searchFiles) expect(fs.readFileSync(path.join('out/assets/search', f), 'utf8'), f).not.toContain('/admin');
    const { violations, openMs } = await openEditor(page);
    console.log(`editor: ${openMs} ms from /admin/ to the collections`);
    expect(violations.filter((v) => !blockedOnPurpose.test(v.split(' ')[1]))).toEqual([]);
  });

  test('saving each page changes only the line edited (after npm run format)', async ({ page }) => {
    test.setTimeout(240_000);
    await openEditor(page);
    const entries = [
      ...['index', 'why-ray', 'case-studies', 'deployment', 'resources', 'search'].map((slug) => ['pages', slug]),
      ...['seamless-dev-to-prod', 'unified-ml-api-and-runtime', 'open-and-extensible'].map((slug) => ['pillars', slug]),
      ...['shopify-merlin', 'spotify', 'instacart-griffin'].map((slug) => ['case-studies', slug]),
    ];
    const expected: Record<string, string[]> = {};
    for (const [collection, slug] of entries) {
      const file = `content/zh/${collection === 'pages' ? '' : collection === 'pillars' ? 'why-ray/' : 'case-studies/'}${slug}.mdx`;
      const before = titleIn(file);
      await openEntry(page, collection, before);
      await page.getByRole('textbox', { name: '标题 · Title' }).first().fill(`${before} x`);
      await save(page);
      expected[file] = [`-title: ${JSON.stringify(before)}`, `+title: ${JSON.stringify(`${before} x`)}`];
    }
    // Every en file, every body and every other field as it was.
    expect(await savedChanges(page)).toEqual(expected);
  });

  test('a key-number label changed in English is a one-line diff', async ({ page }) => {
    await openEditor(page);
    await openEntry(page, 'case-studies', titleIn('content/zh/case-studies/spotify.mdx'));
    await page.getByRole('radio', { name: 'English' }).first().click();
    const keyNumbers = page.getByRole('group', { name: /关键数字 · Key numbers/ }).first();
    await scrollTo(page, keyNumbers);
    await keyNumbers.scrollIntoViewIfNeeded();
    const label = keyNumbers.getByRole('textbox', { name: '说明 · Label' }).first();
    await expect(label).toBeVisible();
    const before = await label.inputValue();
    await label.fill('Internal ML practitioners using Hendrix');
    await save(page);
    expect(await savedChanges(page)).toEqual({
      'content/en/case-studies/spotify.mdx': [
        `-    label: ${JSON.stringify(before)}`,
        '+    label: "Internal ML practitioners using Hendrix"',
      ],
    });
  });

  test('a 3000 px picture uploaded lands in public/images/ within the image budget', async ({ page }) => {
    await openEditor(page);
    // A camera-sized picture with grain (noise compresses badly): 3000 × 2000 px, a 2.7 MB JPEG.
    const { data, info } = await sharp({
      create: { width: 3000, height: 2000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } },
    })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const png = await sharp(data, { raw: info }).jpeg({ quality: 95 }).toBuffer();
    expect(png.length).toBeGreaterThan(imageBudget.maxBytes);
    await page.goto('/admin/#/assets');
    await page.getByRole('option', { name: /Global Assets/ }).click();
    await page.getByRole('button', { name: 'Upload New Assets' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Upload New Assets' });
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'team-photo.jpg', mimeType: 'image/jpeg', buffer: png }, { timeout: 20_000 });
    await page.getByRole('alertdialog', { name: 'Upload New Assets' }).getByRole('button', { name: 'Upload', exact: true }).click();
    await expect
      .poll(async () => Object.keys(await readRepository(page)).filter((f) => f.startsWith('public/images/')), { timeout: 20_000 })
      .not.toEqual([]);
    const images = Object.entries(await readRepository(page)).filter(([f]) => f.startsWith('public/images/'));
    expect(images.map(([f]) => f)).toEqual(['public/images/team-photo.webp']);
    const meta = await sharp(images[0][1]).metadata();
    console.log(
      `upload: 3000×2000 JPEG ${(png.length / 1024).toFixed(0)} KB → ${meta.width}×${meta.height} ${meta.format} ${(images[0][1].length / 1024).toFixed(0)} KB`,
    );
    expect(meta.width).toBeLessThanOrEqual(2400);
    expect(images[0][1].length).toBeLessThanOrEqual(imageBudget.maxBytes);
  });

  test('a case study created in zh and en passes content:check, and the build publishes it', async ({ page }) => {
    test.setTimeout(600_000); // a production build of a copy, beside the other tests
    await openEditor(page);
    await page.goto('/admin/#/collections/case-studies/new');
    await page.getByRole('radio', { name: 'English' }).last().click();
    const pane = (locale: 'Chinese' | 'English') => page.getByRole('group', { name: new RegExp(`Edit .${locale}. Content`) });
    const texts = {
      Chinese: {
        title: 'Acme Forge：在 Ray 上统一训练与推理',
        description: 'Acme 把训练和批量推理搬到同一个 Ray 集群上，团队共用一套平台。',
        company: 'Acme',
        platform: 'Forge',
        outcome: '训练和批量推理在同一个平台上运行',
        library: 'Ray Train',
        deployment: '通过 KubeRay 运行在 Kubernetes 上',
        source: 'Acme Forge 平台介绍',
        body: 'Acme 的团队在同一个 Ray 集群上训练和推理。',
      },
      English: {
        title: 'Acme Forge: training and inference on Ray',
        description: 'Acme moved training and batch inference onto one Ray cluster, one platform for every team.',
        company: 'Acme',
        platform: 'Forge',
        outcome: 'Training and batch inference run on one platform',
        library: 'Ray Train',
        deployment: 'Kubernetes through KubeRay',
        source: 'Introducing the Acme Forge platform',
        body: "Acme's teams train and run inference on one Ray cluster.",
      },
    };
    for (const locale of ['Chinese', 'English'] as const) {
      const p = pane(locale);
      const t = texts[locale];
      const box = (name: string) => p.getByRole('textbox', { name, exact: true });
      // Fields further down render as the pane scrolls: wheel over this pane until the one wanted shows.
      const reveal = async (locator: ReturnType<Page['locator']>) => {
        const area = (await p.boundingBox())!;
        await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
        for (let i = 0; i < 40 && !(await locator.isVisible()); i++) {
          await page.mouse.wheel(0, 300);
          await page.waitForTimeout(100);
        }
        return locator;
      };
      await box('标题 · Title').fill(t.title);
      await box('摘要说明 · Description').fill(t.description);
      for (const today of await p.getByRole('button', { name: 'Today' }).all()) await today.click();
      await (await reveal(box('公司 · Company'))).fill(t.company);
      await (await reveal(box('平台 · Platform'))).fill(t.platform);
      await (await reveal(p.getByRole('spinbutton', { name: '年份 · Year' }))).fill('2024');
      await (await reveal(p.getByRole('spinbutton', { name: '顺序 · Order' }))).fill('4');
      await (await reveal(box('成果 · Outcome'))).fill(t.outcome);
      await (await reveal(p.getByRole('button', { name: /Add.*使用的 Ray 组件/ }))).click();
      await p
        .getByRole('group', { name: /使用的 Ray 组件 · Ray libraries/ })
        .getByRole('textbox')
        .first()
        .fill(t.library);
      await (await reveal(box('部署方式 · Deployment'))).fill(t.deployment);
      // The fit fields (issue 33): a workload from the vocabulary, and how Ray runs there.
      await (await reveal(p.getByRole('button', { name: /Add.*工作负载 · Workloads/ }))).click();
      await p
        .getByRole('group', { name: /工作负载 · Workloads/ })
        .getByRole('textbox')
        .first()
        .fill('training');
      await (await reveal(p.getByRole('radio', { name: 'inside-platform' }))).check();
      await (await reveal(p.getByRole('button', { name: /Add.*来源/ }))).click();
      const source = p.getByRole('group', { name: /来源 · Sources/ });
      await source.getByRole('textbox', { name: '标题 · Title', exact: true }).fill(t.source);
      await source
        .getByRole('textbox', { name: '网址 · Url', exact: true })
        .fill('https://docs.ray.io/en/latest/cluster/kubernetes/index.html');
      await (await reveal(box('正文 · Body'))).fill(t.body);
    }
    await page.getByRole('textbox').last().fill('acme-forge');
    await save(page);
    const saved = await readRepository(page);
    expect(
      Object.keys(saved)
        .filter((f) => f.includes('acme-forge'))
        .sort(),
    ).toEqual(['content/en/case-studies/acme-forge.mdx', 'content/zh/case-studies/acme-forge.mdx']);
    const zh = saved['content/zh/case-studies/acme-forge.mdx'].toString('utf8');
    expect(zh).toContain('company: "Acme"');
    expect(zh).toContain('Acme 的团队在同一个 Ray 集群上训练和推理。');
    expect(saved['content/en/case-studies/acme-forge.mdx'].toString('utf8')).toContain(
      'title: "Acme Forge: training and inference on Ray"',
    );
    // The body widget holds one sentence; the author finishes the body in the guide's shape (the note box
    // first, a "What it took" section). Then, in a copy of the repository with the two new files
    // (normalised as npm run format would): content:check finds nothing, and the build publishes both pages.
    const finish: Record<string, (body: string) => string> = {
      zh: (body) =>
        `<Callout kind="note">本案例研究按其来源描述 2024 年的平台。</Callout>\n\n${body}\n\n## 投入与取舍\n\n把训练和批量推理放到同一个 Ray 集群上。\n`,
      en: (body) =>
        `<Callout kind="note">This case study describes the platform as its sources did in 2024.</Callout>\n\n${body}\n\n## What it took\n\nTraining and batch inference moved onto one Ray cluster.\n`,
    };
    await page.close();
    const copy = tempCopy('editor-new');
    try {
      for (const locale of ['zh', 'en']) {
        const file = `content/${locale}/case-studies/acme-forge.mdx`;
        const text = normalizeContentFile(file, saved[file].toString('utf8'));
        const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)\n?([\s\S]*)$/.exec(text)!;
        fs.writeFileSync(path.join(copy.dir, file), `${frontmatter}\n${finish[locale](body.trim())}`);
      }
      const check = await shAsync(copy.dir, 'npm', ['run', '--silent', 'content:check']);
      expect(check.status, check.out).toBe(0);
      expect(check.out).toMatch(/content:check: 0 errors/);
      const build = await shAsync(copy.dir, 'npm', ['run', 'build']);
      expect(build.status, build.out.slice(-4000)).toBe(0);
      for (const [locale, title] of [
        ['zh', texts.Chinese.title],
        ['en', texts.English.title],
      ]) {
        const page = fs.readFileSync(path.join(copy.dir, 'out', locale, 'case-studies', 'acme-forge.html'), 'utf8');
        expect(page).toContain(`<h1`);
        expect(page).toContain(title);
        expect(fs.readFileSync(path.join(copy.dir, 'out', locale, 'case-studies.html'), 'utf8')).toContain(
          `/${locale}/case-studies/acme-forge`,
        );
      }
    } finally {
      copy.remove();
    }
  });
});
