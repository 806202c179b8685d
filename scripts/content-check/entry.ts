// What scripts/content-check.mjs loads: the rules, and the content model of
// contentlayer.config.ts (with Contentlayer's own package stood in for, so
// that the checker reads the very document types without loading it).
export * from './index';
export { default as contentSource } from '../../contentlayer.config';
