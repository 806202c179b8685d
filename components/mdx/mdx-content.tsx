import { useMDXComponent } from 'next-contentlayer2/hooks';
import type { Locale } from '@/i18n/routing';
import { mdxComponentsFor } from './mdx-components';

/**
 * Renders a document's compiled MDX on the server: custom components become
 * static HTML and no MDX runtime is sent to the browser. The locale comes
 * from the page's route and reaches the components through their map.
 */
export function MdxContent({ locale, code }: { locale: Locale; code: string }) {
  const Content = useMDXComponent(code);
  return (
    <div className="prose-site">
      {/* eslint-disable-next-line react-hooks/static-components -- rendered once on the server, at build: the component is this document's compiled MDX, with no state to lose */}
      <Content components={mdxComponentsFor(locale)} />
    </div>
  );
}
