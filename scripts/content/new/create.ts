// `npm run new -- <type> <slug>`: starts a new case study, pillar page or
// resource from scripts/content/templates/, in every language, as a draft.
//
//   npm run new -- case-study acme-forge   → content/{zh,en}/case-studies/acme-forge.mdx
//   npm run new -- pillar fast-iteration   → content/{zh,en}/why-ray/fast-iteration.mdx
//   npm run new -- resource acme-talk      → content/resources/acme-talk.yaml (both languages in one file)
//   options: --dir <content dir> (default: content, or CONTENT_DIR)
//            --only <zh|en>  one language first: that file only, with translationPending: true
//
// The files are drafts (draft: true) full of TODO placeholders: they pass
// `npm run content:check` as they are, show up in `npm run dev` with a draft
// banner, and stay off the live site until someone sets draft: false, which
// the check allows only once every TODO is gone.
import fs from 'node:fs';
import { routing } from '../../../i18n/routing';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadChecker } from '../check/load';
import { localeUrl } from '../check/text-helpers';

const templates = fileURLToPath(new URL('../templates/', import.meta.url));

interface Kind {
  label: string;
  folder: string;
  perLocale: boolean;
  url: (locale: string, slug: string) => string;
}

const TYPES: Record<string, Kind> = {
  'case-study': { label: 'case study', folder: 'case-studies', perLocale: true, url: (l, s) => localeUrl(l, `/case-studies/${s}`) },
  pillar: { label: 'pillar page', folder: 'why-ray', perLocale: true, url: (l, s) => localeUrl(l, `/why-ray/${s}`) },
  resource: { label: 'resource', folder: 'resources', perLocale: false, url: (l) => localeUrl(l, '/resources') },
};

const usage = `usage: npm run new -- <type> <slug>

  type   case-study, pillar or resource
  slug   the last part of the URL: lowercase letters, digits and hyphens, e.g. acme-forge

options:
  --only zh|en   one language only, to publish first (translationPending: true);
                 the other language's URL says the page is available in this one

examples:
  npm run new -- case-study acme-forge
  npm run new -- case-study acme-forge --only zh
  npm run new -- resource acme-ray-summit-talk`;

class UserError extends Error {}

function frontmatterOf(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? match[1] : '';
}

const orderOf = (file: string) => Number(/^order:\s*(\d+)/m.exec(frontmatterOf(file))?.[1] ?? 0);
const titleOf = (file: string) => /^title:\s*"?(.*?)"?\s*$/m.exec(frontmatterOf(file))?.[1] ?? path.basename(file, '.mdx');

function listFiles(dir: string, ext: string) {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .map((f) => path.join(dir, f))
    : [];
}

function slugSuggestion(text: string) {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'acme-forge'
  );
}

export async function createContent({
  type,
  slug,
  root = process.cwd(),
  contentDir,
  only,
  today = new Date().toISOString().slice(0, 10),
}: {
  type?: string;
  slug?: string;
  root?: string;
  contentDir?: string;
  /** One language only (published first, translationPending: true). */
  only?: string;
  today?: string;
}) {
  const kind = type === undefined ? undefined : TYPES[type];
  if (!kind) {
    const hint = type === 'page' ? '\nA new top-level page also needs a route file under app/[locale]/; ask a developer.' : '';
    throw new UserError(`unknown type "${type ?? ''}": use case-study, pillar or resource.${hint}\n\n${usage}`);
  }
  const checker = await loadChecker(root);
  if (!slug) throw new UserError(`a slug is missing.\n\n${usage}`);
  if (slug === 'index')
    throw new UserError(
      '"index" cannot be a slug: it is reserved for section pages. Choose a name that describes the page, e.g. "acme-forge".',
    );
  if (!checker.isValidSlug(slug)) {
    throw new UserError(
      `"${slug}" cannot be a slug: it becomes the URL (${kind.url('en', slug)}), so use lowercase letters a–z, digits 0–9 and single hyphens only, e.g. "${slugSuggestion(slug)}".`,
    );
  }
  const model = checker.modelFromSource(checker.contentSource);
  const dir = path.resolve(root, contentDir ?? process.env.CONTENT_DIR ?? model.contentDirPath);
  const allLocales: string[] = [...routing.locales];
  if (only !== undefined && !allLocales.includes(only))
    throw new UserError(`--only takes a language: ${allLocales.join(' or ')} (not "${only}").`);
  if (only !== undefined && !kind.perLocale)
    throw new UserError(`a ${kind.label} holds both languages in one file: leave out --only.`);
  const locales = only ? [only] : allLocales;
  const shown = (p: string) => path.relative(root, p).split(path.sep).join('/');

  const targets = kind.perLocale
    ? locales.map((locale) => ({ locale, file: path.join(dir, locale, kind.folder, `${slug}.mdx`) }))
    : [{ locale: undefined, file: path.join(dir, kind.folder, `${slug}.yaml`) }];
  const taken = targets.filter((t) => fs.existsSync(t.file));
  if (taken.length > 0) {
    throw new UserError(
      `${taken.map((t) => shown(t.file)).join(' and ')} already exist${taken.length === 1 ? 's' : ''}: choose another slug, or edit the existing ${kind.label}.`,
    );
  }

  // Next free position in lists (the same in every language).
  const existing = kind.perLocale
    ? locales.flatMap((l) => listFiles(path.join(dir, l, kind.folder), '.mdx'))
    : listFiles(path.join(dir, kind.folder), '.yaml');
  const order = Math.max(0, ...existing.map(orderOf)) + 1;

  for (const target of targets) {
    const templateName = kind.perLocale ? `${type}.${target.locale}.mdx` : `${type}.yaml`;
    const templateFile = fs.existsSync(path.join(templates, templateName))
      ? path.join(templates, templateName)
      : path.join(templates, `${type}.en.mdx`);
    const pillarLinks = target.locale
      ? listFiles(path.join(dir, target.locale, 'why-ray'), '.mdx')
          .filter((f) => !/^draft:\s*true/m.test(frontmatterOf(f)))
          .sort((a, b) => orderOf(a) - orderOf(b))
          .map(
            (f) =>
              `- [${titleOf(f)}](/${target.locale}/why-ray/${path.basename(f, '.mdx')})${target.locale === 'zh' ? '：TODO 这个案例如何体现它。' : ': TODO how this case shows it.'}`,
          )
          .join('\n') || (target.locale === 'zh' ? '- TODO' : '- TODO')
      : '';
    const text = fs
      .readFileSync(templateFile, 'utf8')
      .replaceAll('{{slug}}', slug)
      .replaceAll('{{today}}', today)
      .replaceAll('{{year}}', today.slice(0, 4))
      .replaceAll('{{order}}', String(order))
      .replaceAll('{{pillarLinks}}', pillarLinks)
      .replace(/^updated: .*$/m, (line) => (only ? `${line}\ntranslationPending: true` : line));
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    fs.writeFileSync(target.file, text);
  }

  // The new files must pass the check as they are.
  const { problems } = checker.checkContentDir({ root, source: checker.contentSource, contentDir: dir });
  const mine = new Set(targets.map((t) => shown(t.file)));
  const own = problems.filter((p) => mine.has(p.file));
  return { kind, files: targets.map((t) => shown(t.file)), urls: locales.map((l) => kind.url(l, slug)), problems: own, checker };
}

export async function main(argv = process.argv.slice(2), root = process.cwd()) {
  const positional = [];
  let contentDir;
  let only;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') contentDir = argv[++i];
    else if (argv[i] === '--only') only = argv[++i] ?? '';
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(usage);
      return 0;
    } else positional.push(argv[i]);
  }
  const [type, slug, ...extra] = positional;
  try {
    if (extra.length) throw new UserError(`too many arguments: ${extra.join(' ')} (a slug has no spaces).\n\n${usage}`);
    const { kind, files, urls, problems, checker } = await createContent({ type, slug, root, contentDir, only });
    console.log(`Created a new ${kind.label} (a draft: not on the live site until you publish it):`);
    if (only) console.log(`  in ${only} only, to publish first (translationPending: true; remove the line once the translation exists)`);
    for (const f of files) console.log(`  ${f}`);
    for (const p of problems) console.log(`${p.severity === 'error' ? 'error  ' : 'warning'} ${checker.formatProblem(p)}`);
    console.log(`
Next:
  1. Replace every TODO${files.length > 1 ? ' in both files' : ''} with real text (content/guide/reference.md explains each field).
  2. Preview: npm run dev, then open ${urls.map((u) => `http://localhost:3000${u}`).join(' and ')}
     ${kind.perLocale ? '(a draft page shows a "draft" banner there)' : '(a draft resource is listed there only in npm run dev)'}.
  3. Publish: set draft: false${files.length > 1 ? ' in both files' : ''}, run npm run content:check, commit.`);
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof UserError) {
      console.error(`npm run new: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

