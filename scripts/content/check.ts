// `npm run content:check`: checks every content file and prints every problem
// at once, as `file:line — what is wrong — how to fix it`. Exits with 1 when
// there is an error (warnings alone pass). Also runs before `npm run build`.
//
//   npm run content:check                         the project's content/
//   npm run content:check -- --dir tests/fixtures/content-links
//   CONTENT_DIR=… npm run content:check           same as --dir
//   options: --public <dir>  --app <dir>|none  --messages <dir>|none  --json
//            --format github   GitHub Actions annotations (::error file=…,line=…::…), in LANG's language
//
// The rules live in scripts/content/check/ (index.ts lists the modules); the
// content model is lib/content-model.ts, the one Contentlayer reads.
import path from 'node:path';
import { loadChecker } from './check/load';

interface Options {
  dir?: string;
  publicDir?: string;
  appDir?: string;
  messagesDir?: string;
  json: boolean;
  github: boolean;
  help?: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { dir: process.env.CONTENT_DIR || undefined, json: false, github: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dir') options.dir = value();
    else if (arg === '--public') options.publicDir = value();
    else if (arg === '--app') options.appDir = value();
    else if (arg === '--messages') options.messagesDir = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--format') {
      const format = value();
      if (format === 'github') options.github = true;
      else if (format === 'json') options.json = true;
      else if (format !== 'text') throw new Error(`--format ${format}: use text, json or github`);
    }
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!arg.startsWith('-') && !options.dir) options.dir = arg;
    else throw new Error(`unknown option ${arg} (see --help)`);
  }
  return options;
}

async function main(argv = process.argv.slice(2), root = process.cwd()) {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`content:check: ${(error as Error).message}`);
    return 2;
  }
  if (options.help) {
    console.log(
      'usage: npm run content:check [-- --dir <content dir>] [--public <dir>] [--app <dir>|none] [--messages <dir>|none] [--json] [--format text|json|github]',
    );
    return 0;
  }
  const started = performance.now();
  const checker = await loadChecker(root);
  const none = (v: string | undefined) => (v === 'none' ? null : v);
  // Image headers are read with sharp, which is asynchronous: before the (synchronous) check.
  const images = await checker.readImageFiles(path.resolve(root, options.publicDir ?? 'public'));
  const { problems, fileCount } = checker.checkContentDir({
    root,
    images,
    source: checker.contentSource,
    contentDir: options.dir,
    publicDir: options.publicDir,
    appDir: none(options.appDir),
    messagesDir: none(options.messagesDir),
  });
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (options.json) {
    console.log(JSON.stringify({ errors: errors.length, warnings: warnings.length, problems }, null, 2));
    return errors.length ? 1 : 0;
  }
  if (options.github) {
    // One workflow command per problem; the runner turns them into annotations on the pull request.
    const language = checker.terminalLanguage();
    for (const p of [...errors, ...warnings]) console.log(checker.githubAnnotation(p, language));
    console.log(`content:check: ${errors.length} error(s), ${warnings.length} warning(s) in ${fileCount} file(s)`);
    return errors.length ? 1 : 0;
  }
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const language = checker.terminalLanguage(); // Chinese when LANG starts with zh
  for (const p of errors) console.log(`${paint(31, 'error')}   ${checker.formatProblem(p, language)}`);
  for (const p of warnings) console.log(`${paint(33, 'warning')} ${checker.formatProblem(p, language)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `content:check: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')} in ${count(fileCount, 'file')} (${seconds} s)`;
  if (errors.length) {
    console.log(paint(31, `\n${summary}. Fix the errors above; content/guide/reference.md lists every field and component.`));
    return 1;
  }
  console.log(paint(32, `${problems.length ? '\n' : ''}${summary}.${warnings.length ? ' Warnings do not stop the build.' : ' All good.'}`));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // A bug in the checker itself, not in the content.
    console.error('content:check could not run:', error?.stack ?? error);
    process.exit(2);
  },
);
