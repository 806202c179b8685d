// The content rules of `npm run content:check` (scripts/content/check.ts, run
// before every production build too) and `npm run new`. Tooling only: no app
// code imports this folder.
//
// Input: the content model from contentlayer.config.ts (its makeSource
// arguments), the MDX components from lib/mdx-registry.ts, and the files.
// Output: every problem at once, each with the file, the line, what is wrong
// and how to fix it. The rules are pure; only files.ts reads the disk.
//
//   check.ts           checkContent(): file by file, then across files
//   document.ts        which document a file is (type, language, slug, route)
//   frontmatter.ts     the YAML part; fields.ts checks its fields (field-values.ts each value)
//   document-rules.ts  description length, title language, placeholders;
//                      glossary.ts: one term per concept (warns on variants)
//   mdx-body.ts        the MDX body; components.ts checks its JSX elements
//   cross-check.ts     URLs, routes, translations, orders, case-study slugs;
//                      attribution.ts: summary-sourced facts name their summary
//                      parity.ts compares each page with its translation,
//                      parity-resources.ts a resource's zh and en texts;
//                      links.ts checks every link and image; suggest.ts finds
//                      the page or heading a broken link meant; placeholder-hosts.ts
//                      rejects example.com, localhost and private addresses
//   image-files.ts     the images' budget (size, width, animation; read with sharp)
//   messages.ts        messages/{locale}/*.json
//   files.ts           checkContentDir(): reads a project from disk;
//                      openContentDir(): keeps it, re-reads what changed
//   problems.ts, model.ts, input.ts, app-routes.ts, text-helpers.ts
export { checkContent, type FileResults } from './check';
export { checkContentDir, openContentDir, readAppRoutes, type CheckDirOptions, type ContentDirSession } from './files';
export { DESCRIPTION_MAX_WIDTH } from './document-rules';
export { glossary, type GlossaryTerm } from './glossary';
export { readImageFiles, type ImageFileInfo } from './image-files';
export type { Doc, LinkRef } from './document';
export type { AppRoute } from './app-routes';
export type { CheckInput, ContentFile, MessageFile } from './input';
export { modelFromSource, type ContentModel, type DocTypeSpec, type FieldKind, type FieldSpec } from './model';
export {
  formatProblem,
  githubAnnotation,
  inLanguage,
  sortProblems,
  terminalLanguage,
  type Problem,
  type ProblemLanguage,
  type RuleId,
  type Severity,
  type Translation,
} from './problems';
export { closest, globToRegExp, isValidSlug, SLUG_PATTERN, textWidth } from './text-helpers';
