// Contentlayer's configuration: the content model is in lib/content-model.ts
// (the content check reads it too, without loading Contentlayer).
import { makeSource } from 'contentlayer2/source-files';
import { refuseJavaScriptFrontmatter } from './lib/content-safety/compile-options';
import { contentSource } from './lib/content-model';

// Frontmatter is YAML: gray-matter's ---js engine would run a page's JavaScript.
refuseJavaScriptFrontmatter();

export { CaseStudy, Page, Pillar, Resource } from './lib/content-model';
export default makeSource(contentSource);
