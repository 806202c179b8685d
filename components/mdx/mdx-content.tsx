import { useMDXComponent } from 'next-contentlayer2/hooks';
import { mdxComponents } from './mdx-components';

/**
 * Renders a document's compiled MDX on the server: custom components become
 * static HTML and no MDX runtime is sent to the browser.
 */
export function MdxContent({ code }: { code: string }) {
  const Content = useMDXComponent(code);
  return (
    <div className="prose-site">
      <Content components={mdxComponents} />
    </div>
  );
}
