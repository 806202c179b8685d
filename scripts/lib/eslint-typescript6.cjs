// typescript-eslint (in eslint-config-next) parses with TypeScript's JS API,
// which TypeScript 7 — the project's compiler, native — no longer has.
// TypeScript's side-by-side package @typescript/typescript6 still has it: when
// typescript-eslint asks for `typescript`, it gets that one. Only ESLint's
// process loads this file (eslint.config.mjs); tsc and next build keep TS 7.
const Module = require('node:module');

const resolveFilename = Module._resolveFilename;
const fromTypescriptEslint =
  /[\\/]node_modules[\\/](?:@typescript-eslint|typescript-eslint|ts-api-utils|eslint-plugin-import|eslint-import-resolver-typescript)[\\/]/;

Module._resolveFilename = function resolveTypescript6(request, parent, ...rest) {
  const redirected = request === 'typescript' && fromTypescriptEslint.test(parent?.filename ?? '') ? '@typescript/typescript6' : request;
  return resolveFilename.call(this, redirected, parent, ...rest);
};
