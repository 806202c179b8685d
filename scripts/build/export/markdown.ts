// Export step: the pages' Markdown twins and the llms.txt files, written into
// out/ from the content (lib/markdown/), after the payload files are pruned
// (a twin is not one) and before the host folders and precompressed copies
// are made, so that every host gets them and nginx its .gz/.br copies.
import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { llmsFullPath, llmsFullTxt, llmsPath, localeLlmsTxt, rootLlmsTxt } from '@/lib/markdown/llms';
import { markdownPath, markdownTwins, type Twin } from '@/lib/markdown/twin';

export type MarkdownResult = { files: string[]; full: { locale: Locale; bytes: number }[] };

/** Writes the files; returns their URL paths ("/en/deployment.md", "/llms.txt") and the llms-full.txt sizes. */
export function writeMarkdownFiles(outDir: string): MarkdownResult {
  const files: string[] = [];
  const write = (urlPath: string, text: string) => {
    const file = path.join(outDir, ...urlPath.split('/').filter(Boolean));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files.push(urlPath);
    return Buffer.byteLength(text);
  };
  const twins = Object.fromEntries(routing.locales.map((l) => [l, markdownTwins(l)])) as Record<Locale, Twin[]>;
  const full = routing.locales.map((locale) => {
    for (const t of twins[locale]) write(markdownPath(locale, t.route), t.markdown);
    write(llmsPath(locale), localeLlmsTxt(locale, twins[locale]));
    return { locale, bytes: write(llmsFullPath(locale), llmsFullTxt(locale, twins[locale])) };
  });
  write(llmsPath(), rootLlmsTxt(twins));
  return { files: files.sort(), full };
}
