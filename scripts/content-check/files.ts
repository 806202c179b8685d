// Reading a project from disk: the only module that touches files. Gathers
// the content files, the routes under app/, the UI strings and the locales,
// and hands them to checkContent().
import fs from 'node:fs';
import path from 'node:path';
import { mdxComponentNames } from '../../lib/mdx-registry';
import type { AppRoute } from './app-routes';
import { checkContent } from './check';
import type { ContentFile, MessageFile } from './input';
import { modelFromSource, type AnyRecord, type ContentModel } from './model';
import { sortProblems, type Problem } from './problems';
import { globToRegExp, parseLocales } from './text-helpers';

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
  routingFile?: string;
}

export function checkContentDir(options: CheckDirOptions): { problems: Problem[]; fileCount: number } {
  const root = path.resolve(options.root);
  const model = modelFromSource(options.source);
  const contentDir = path.resolve(root, options.contentDir ?? model.contentDirPath);
  const publicDir = path.resolve(root, options.publicDir ?? 'public');
  const appDir = options.appDir === null ? null : path.resolve(root, options.appDir ?? 'app');
  const messagesDir = options.messagesDir === null ? null : path.resolve(root, options.messagesDir ?? 'messages');
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  const locales = parseLocales(fs.readFileSync(path.resolve(root, options.routingFile ?? 'i18n/routing.ts'), 'utf8'));
  const displayDir = rel(contentDir);

  if (!fs.existsSync(contentDir)) {
    return {
      problems: [{ severity: 'error', file: displayDir, rule: 'file-unknown', message: 'the content directory does not exist', fix: 'run the check from the project root, or pass --dir <content directory>' }],
      fileCount: 0,
    };
  }
  const { files, ignored } = readContentFiles(contentDir, model, displayDir, rel(publicDir));
  const messages = messagesDir ? readMessageFiles(messagesDir, locales, rel) : [];
  const problems = checkContent({
    model,
    files,
    displayDir,
    componentNames: mdxComponentNames,
    locales,
    publicFile: (urlPath) => isPublicFile(publicDir, urlPath),
    publicDirName: rel(publicDir),
    appRoutes: appDir && fs.existsSync(appDir) ? readAppRoutes(appDir) : null,
    messages,
  });
  return { problems: sortProblems([...problems, ...ignored]), fileCount: files.length + messages.length };
}

const CONTENT_EXTENSIONS = /\.(md|mdx|json|yaml|yml)$/;

/** Every file of the content directory that the config does not exclude; other files than content and READMEs are warned about. */
function readContentFiles(contentDir: string, model: ContentModel, displayDir: string, publicName: string): { files: ContentFile[]; ignored: Problem[] } {
  const excluded = model.contentDirExclude.map((p) => globToRegExp(p));
  const files: ContentFile[] = [];
  const ignored: Problem[] = [];
  for (const file of walkFiles(contentDir)) {
    if (excluded.some((re) => re.test(file) || file.split('/').some((_, i, all) => re.test(all.slice(0, i + 1).join('/'))))) continue;
    if (CONTENT_EXTENSIONS.test(file)) files.push({ rel: file, text: fs.readFileSync(path.join(contentDir, file), 'utf8') });
    else if (!/^README/.test(file)) {
      ignored.push({
        severity: 'warning',
        file: `${displayDir}/${file}`,
        rule: 'file-ignored',
        message: 'this file is ignored: only .mdx pages and .yaml resources are read',
        fix: /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(file) ? `images go under ${publicName}/ (e.g. ${publicName}/images/) and are written /images/…` : 'rename it to .mdx (a page) or .yaml (a resource), or remove it',
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
    messages.push({ file: rel(path.join(messagesDir, file)), locale, name: name.replace(/\.json$/, ''), text: fs.readFileSync(path.join(messagesDir, file), 'utf8') });
  }
  return messages;
}

/** /url/path names a file inside the public directory. */
function isPublicFile(publicDir: string, urlPath: string): boolean {
  const target = path.join(publicDir, urlPath);
  return target.startsWith(publicDir) && fs.existsSync(target) && fs.statSync(target).isFile();
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
    if (entry.isDirectory()) out.push(...walkFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}
