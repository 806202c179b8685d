// Reading a project from disk: the only module that touches files. Gathers
// the content files, the routes under app/, the UI strings and the locales,
// and hands them to checkContent(); openContentDir() keeps them and re-reads
// only what changed (the dev preview's check on save).
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '../../../i18n/routing';
import { findSymlinks, isInside } from '../../../lib/content-safety/files';
import { mdxComponentNames } from '../../../lib/mdx-registry';
import type { AppRoute } from './app-routes';
import type { Doc } from './document';
import { checkContent, type FileResults } from './check';
import type { ImageFileInfo } from './image-files';
import type { ContentFile, MessageFile } from './input';
import { modelFromSource, type AnyRecord, type ContentModel } from './model';
import { sortProblems, type Problem } from './problems';
import { globToRegExp } from './text-helpers';
import { readRecord, RECORD_FILE, type TranslationRecord } from '../../../lib/translations/record';

export interface CheckDirOptions {
  /** The project root: paths in messages are relative to it. */
  root: string;
  /** makeSource() arguments from contentlayer.config.ts (see modelFromSource). */
  source: AnyRecord;
  /** Content directory; default: the config's contentDirPath. */
  contentDir?: string;
  /** Directory of static files; default <root>/public. */
  publicDir?: string;
  /** Route files; default <root>/app; null: skip the route check. */
  appDir?: string | null;
  /** UI strings; default <root>/messages; null: skip. */
  messagesDir?: string | null;
  /** The site's locales; default i18n/routing.ts's. */
  locales?: string[];
  /** Raster images under public/ read by readImageFiles(): their budget is checked. */
  images?: ReadonlyMap<string, ImageFileInfo>;
}

export function checkContentDir(options: CheckDirOptions): { problems: Problem[]; fileCount: number } {
  return openContentDir(options).check();
}

/** A project's content, read once and then kept up to date file by file: the check on every save of `npm run dev`. */
export interface ContentDirSession {
  /** Absolute paths of the folders to watch. */
  contentDir: string;
  messagesDir: string | null;
  /**
   * Re-reads the files at these paths (changed, added or removed; absolute or
   * relative to the root) and, for pages, their translations (the same path
   * in the other language folder): their rules run again at the next check();
   * every other file keeps its last result. Returns the files re-read, as
   * the problems name them (content/en/why-ray.mdx, messages/en/common.json).
   */
  update(paths: string[]): string[];
  check(): { problems: Problem[]; fileCount: number };
  /** The documents the last check() read, with their links and URL fields and the lines of each (check:links). */
  documents(): Doc[];
}

export function openContentDir(options: CheckDirOptions): ContentDirSession {
  const root = path.resolve(options.root);
  const model = modelFromSource(options.source);
  const contentDir = path.resolve(root, options.contentDir ?? model.contentDirPath);
  const publicDir = path.resolve(root, options.publicDir ?? 'public');
  const appDir = options.appDir === null ? null : path.resolve(root, options.appDir ?? 'app');
  const messagesDir = options.messagesDir === null ? null : path.resolve(root, options.messagesDir ?? 'messages');
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  const locales: string[] = options.locales ?? [...routing.locales];
  const displayDir = rel(contentDir);
  const appRoutes = appDir && fs.existsSync(appDir) ? readAppRoutes(appDir) : null;
  const inside = (dir: string, p: string) => p === dir || p.startsWith(dir + path.sep);

  const results: FileResults = new Map();
  let texts = new Map<string, string>();
  let ignored: Problem[] = [];
  let messages: MessageFile[] = [];
  /** Lists the content folder again; reads the files in `reread` and those not read before, and returns them. */
  const refresh = (reread: Set<string> | 'all') => {
    const listing = fs.existsSync(contentDir)
      ? listContentFiles(contentDir, model, displayDir, rel(publicDir))
      : { files: [], ignored: [] };
    const next = new Map<string, string>();
    const read: string[] = [];
    for (const file of listing.files) {
      const known = texts.get(file);
      const text = known !== undefined && reread !== 'all' && !reread.has(file) ? known : readText(path.join(contentDir, file));
      if (text === undefined) continue;
      next.set(file, text);
      if (text !== known || reread === 'all' || reread.has(file)) read.push(file);
    }
    texts = next;
    ignored = listing.ignored;
    return read;
  };
  refresh('all');
  if (messagesDir) messages = readMessageFiles(messagesDir, locales, rel);

  return {
    contentDir,
    messagesDir,
    update(paths) {
      const reread = new Set<string>();
      const messageFiles = new Set<string>();
      for (const p of paths) {
        const abs = path.resolve(root, p);
        if (inside(contentDir, abs)) {
          const file = path.relative(contentDir, abs).split(path.sep).join('/');
          reread.add(file);
          for (const twin of translationsOf(file, locales)) reread.add(twin);
        } else if (messagesDir && inside(messagesDir, abs)) messageFiles.add(rel(abs));
      }
      const read = reread.size ? refresh(reread) : [];
      for (const file of reread) results.delete(file); // checked again, even when the text is the same
      if (messageFiles.size && messagesDir) messages = readMessageFiles(messagesDir, locales, rel);
      const readMessages = new Set(messages.map((m) => m.file));
      return [...read.map((file) => `${displayDir}/${file}`), ...[...messageFiles].filter((file) => readMessages.has(file))];
    },
    check() {
      if (!fs.existsSync(contentDir)) {
        return {
          problems: [
            {
              severity: 'error',
              file: displayDir,
              rule: 'file-unknown',
              message: 'the content directory does not exist',
              fix: 'run the check from the project root, or pass --dir <content directory>',
              zh: { message: '内容文件夹不存在', fix: '在项目根目录运行检查，或用 --dir <内容文件夹> 指定' },
            },
          ],
          fileCount: 0,
        };
      }
      const files: ContentFile[] = [...texts].map(([file, text]) => ({ rel: file, text }));
      // Read on every check: `npm run translations -- --mark` changes it while the preview runs.
      let translationRecord: TranslationRecord | undefined;
      const recordProblems: Problem[] = [];
      try {
        translationRecord = readRecord(contentDir);
      } catch (error) {
        recordProblems.push(brokenRecord(`${displayDir}/${RECORD_FILE}`, (error as Error).message));
      }
      const problems = checkContent(
        {
          model,
          files,
          displayDir,
          componentNames: mdxComponentNames,
          locales,
          publicFile: (urlPath) => isPublicFile(publicDir, urlPath),
          imageFile: options.images ? (urlPath) => options.images!.get(urlPath) : undefined,
          publicDirName: rel(publicDir),
          appRoutes,
          messages,
          translationRecord,
        },
        results,
      );
      const links = [...symlinkProblems(contentDir, rel), ...symlinkProblems(publicDir, rel)];
      return { problems: sortProblems([...problems, ...ignored, ...recordProblems, ...links]), fileCount: files.length + messages.length };
    },
    documents() {
      return [...results.values()].flatMap((r) => (r.doc ? [r.doc] : []));
    },
  };
}

/** The translation record does not parse: a warning (the site builds; the translation rules wait). */
function brokenRecord(file: string, detail: string): Problem {
  return {
    severity: 'warning',
    file,
    rule: 'translation-behind',
    message: `${detail}: translation status and "updated" dates cannot be checked`,
    fix: 'after a merge conflict in it, check that each page and its translation say the same, then run: npm run translations -- --mark content',
    zh: {
      message: `${detail}：无法检查翻译状态和 "updated" 日期`,
      fix: '如果是合并冲突造成的：确认每个页面与其译文一致后，运行 npm run translations -- --mark content',
    },
  };
}

/** zh/why-ray.mdx → en/why-ray.mdx (resources have one file for both languages). */
function translationsOf(file: string, locales: string[]): string[] {
  const [first, ...rest] = file.split('/');
  if (!locales.includes(first) || rest.length === 0) return [];
  return locales.filter((l) => l !== first).map((l) => [l, ...rest].join('/'));
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // removed since it was listed
  }
}

const CONTENT_EXTENSIONS = /\.(md|mdx|json|yaml|yml)$/;

/** Every file of the content directory that the config does not exclude; other files than content and READMEs are warned about. */
function listContentFiles(
  contentDir: string,
  model: ContentModel,
  displayDir: string,
  publicName: string,
): { files: string[]; ignored: Problem[] } {
  const excluded = model.contentDirExclude.map((p) => globToRegExp(p));
  const files: string[] = [];
  const ignored: Problem[] = [];
  for (const file of walkFiles(contentDir)) {
    if (excluded.some((re) => re.test(file) || file.split('/').some((_, i, all) => re.test(all.slice(0, i + 1).join('/'))))) continue;
    if (CONTENT_EXTENSIONS.test(file)) files.push(file);
    else if (!/^README/.test(file)) {
      ignored.push({
        severity: 'warning',
        file: `${displayDir}/${file}`,
        rule: 'file-ignored',
        message: 'this file is ignored: only .mdx pages and .yaml resources are read',
        fix: /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(file)
          ? `images go under ${publicName}/ (e.g. ${publicName}/images/) and are written /images/…`
          : 'rename it to .mdx (a page) or .yaml (a resource), or remove it',
        zh: {
          message: '这个文件被忽略了：只读取 .mdx 页面和 .yaml 资源',
          fix: /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(file)
            ? `图片放在 ${publicName}/ 下（例如 ${publicName}/images/），写作 /images/…`
            : '把它改名为 .mdx（页面）或 .yaml（资源），或删掉它',
        },
      });
    }
  }
  return { files, ignored };
}

/** messages/{locale}/{name}.json for the known locales. */
function readMessageFiles(messagesDir: string, locales: string[], rel: (p: string) => string): MessageFile[] {
  if (!fs.existsSync(messagesDir)) return [];
  const messages: MessageFile[] = [];
  for (const file of walkFiles(messagesDir)) {
    const [locale, name] = file.split('/');
    if (!name || !name.endsWith('.json') || !locales.includes(locale)) continue;
    messages.push({
      file: rel(path.join(messagesDir, file)),
      locale,
      name: name.replace(/\.json$/, ''),
      text: fs.readFileSync(path.join(messagesDir, file), 'utf8'),
    });
  }
  return messages;
}

/** /url/path names a file inside the public directory (real paths, with a separator: not public-x/, not through a link). */
function isPublicFile(publicDir: string, urlPath: string): boolean {
  const target = path.join(publicDir, urlPath);
  return fs.existsSync(target) && isInside(publicDir, target) && fs.lstatSync(target).isFile();
}

/** Every symbolic link under dir: an error (lib/content-safety/files.ts). */
function symlinkProblems(dir: string, rel: (p: string) => string): Problem[] {
  return findSymlinks(dir).map((link) => ({
    severity: 'error',
    file: rel(path.join(dir, link)),
    rule: 'symlink',
    message: 'a symbolic link: it would publish whatever it points at, outside the repository too',
    fix: 'replace it by a copy of the file (or folder), or remove it',
    zh: { message: '这是符号链接：它会把指向的内容（包括仓库外的文件）发布出去', fix: '把它换成文件（或文件夹）的副本，或删掉它' },
  }));
}

export function readAppRoutes(appDir: string): AppRoute[] {
  const routes: AppRoute[] = [];
  const metadataFiles: Record<string, string> = { sitemap: 'sitemap.xml', robots: 'robots.txt', manifest: 'manifest.webmanifest' };
  for (const rel of walkFiles(appDir)) {
    const parts = rel.split('/');
    const name = parts.pop()!;
    const segments = parts.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
    const stem = name.replace(/\.(tsx?|jsx?|mdx)$/, '');
    if (stem === name) continue;
    if (stem === 'page') routes.push({ segments, kind: 'page' });
    else if (stem === 'route') routes.push({ segments, kind: 'handler' });
    else if (metadataFiles[stem]) routes.push({ segments: [...segments, metadataFiles[stem]], kind: 'handler' });
  }
  return routes;
}

/** Paths under dir, sorted, without dot-files. */
function walkFiles(dir: string, base = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) continue; // never read through a link: reported by symlinkProblems
    if (entry.isDirectory()) out.push(...walkFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}
