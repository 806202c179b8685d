// What loadChecker() (load.ts) returns: the rules and the content model of
// lib/content-model.ts, the very object contentlayer.config.ts hands Contentlayer.
export * from './index';
export { contentSource } from '../../../lib/content-model';
