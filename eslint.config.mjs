// ESLint: Next's recommended rules (core web vitals, TypeScript) and the
// rules that catch bugs; layout and spacing are Prettier's (eslint-config-prettier
// turns off the rules that would argue with it). `npm run lint`.
import './scripts/lib/eslint-typescript6.cjs';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // Unused code is a bug or a leftover: an error. `{ drop, ...rest }` and `_arg` say "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `let server; cleanup(() => server?.stop()); server = await start()`: the clean-up is registered first, so it cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // CommonJS files (Node's own format for these): require() is how they import.
    files: ['**/*.cjs', 'next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read untyped data (JSON-LD, parsed configs, syntax trees): any is the honest type there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'hosting/**',
    '.contentlayer/**',
    'public/assets/**',
    'public/admin/**', // the browser editor for npm run dev (scripts/dev/dev.ts)
    '.cache/**',
    'tmp/**',
    'reports/**',
    'test-results/**',
    'next-env.d.ts',
  ]),
]);
