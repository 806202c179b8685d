// The MDX compile step's options (lib/content-model.ts): what keeps
// Contentlayer's bundler (mdx-bundler, esbuild) from reading anything but the
// page it compiles, and from running frontmatter as JavaScript.
import { createRequire } from 'node:module';
import type { Plugin, BuildOptions } from 'esbuild';

/** What the compiled page may import: the JSX runtime that mdx-bundler turns into globals. Nothing from the disk. */
const RUNTIME = new Set(['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom']);

/**
 * An esbuild plugin, first in the list: the page itself (mdx-bundler's entry
 * point, kept in memory) and the JSX runtime resolve; any other import,
 * require() or file path is refused, so no file outside content/ (or inside)
 * reaches the bundle. remark-content-safety.ts already refuses import/export
 * and code; this holds even if a future MDX syntax slips past it.
 */
export const noFilesPlugin: Plugin = {
  name: 'content-reads-no-files',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || RUNTIME.has(args.path)) return undefined;
      return {
        errors: [
          {
            text: `content may not import or require "${args.path}": pages are data, compiled on their own (content/guide/fix-content-check.md) / 内容不能 import 或 require "${args.path}"：页面是数据，单独编译`,
          },
        ],
      };
    });
  },
};

/** Contentlayer's mdx.esbuildOptions: our plugin first, before mdx-bundler's resolvers. */
export function contentEsbuildOptions(options: BuildOptions): BuildOptions {
  options.plugins = [noFilesPlugin, ...(options.plugins ?? [])];
  return options;
}

/**
 * gray-matter (which both Contentlayer and mdx-bundler use to split off the
 * frontmatter) evaluates a file that starts with `---js` or `---javascript`
 * as JavaScript. Frontmatter is YAML here: the JavaScript engines are
 * replaced, for every user of the package in this process, by one that refuses.
 */
export function refuseJavaScriptFrontmatter() {
  const require = createRequire(import.meta.url);
  const paths = [require.resolve('gray-matter/lib/engines.js')];
  // mdx-bundler and Contentlayer may resolve their own copies.
  for (const from of ['mdx-bundler', 'contentlayer2']) {
    try {
      const base = createRequire(require.resolve(`${from}/package.json`));
      paths.push(base.resolve('gray-matter/lib/engines.js'));
    } catch {
      // not installed there: the top-level copy is the one
    }
  }
  const refuse = {
    parse: () => {
      throw new Error(
        'frontmatter must be YAML (a first line of exactly ---), not JavaScript / frontmatter 必须是 YAML（第一行只写 ---），不能是 JavaScript',
      );
    },
    stringify: () => {
      throw new Error('JavaScript frontmatter is not supported');
    },
  };
  for (const p of new Set(paths)) {
    const engines = require(p) as Record<string, unknown>;
    for (const name of ['javascript', 'js', 'coffee', 'coffeescript', 'cson']) engines[name] = refuse;
  }
}
