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
  globalIgnores(['.next/**', 'out/**', 'hosting/**', '.contentlayer/**', 'public/assets/**', '.search/**', 'tmp/**', 'reports/**', 'test-results/**', 'next-env.d.ts']),
]);
