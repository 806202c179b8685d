import type { Locale } from './routing';

/**
 * UI strings live in messages/{locale}/*.json, one file per area; each file's
 * top-level keys are namespaces (e.g. "Diagrams"). Files are merged here.
 */
export async function loadMessages(locale: Locale) {
  const [common, diagrams] = await Promise.all([
    import(`../messages/${locale}/common.json`),
    import(`../messages/${locale}/diagrams.json`),
  ]);
  // The preview's problem banner (components/preview/): not in a production build.
  const preview = process.env.NODE_ENV === 'production' ? {} : (await import(`../messages/${locale}/preview.json`)).default;
  return { ...common.default, ...diagrams.default, ...preview };
}
