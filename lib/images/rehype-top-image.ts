// A rehype plugin for the MDX of every page (contentlayer.config.ts): an image
// at the very top of the body — in its first block, alone or inside <Figure> —
// is marked data-top, so that components/mdx/content-image.tsx loads it at
// once instead of lazily (it is likely the largest paint). Every other image
// stays lazy.

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };

function images(node: Node, found: Node[] = []): Node[] {
  if (node.type === 'element' && node.tagName === 'img') found.push(node);
  for (const child of node.children ?? []) images(child, found);
  return found;
}

export function rehypeTopImage() {
  return (tree: Node) => {
    // Skipped: whitespace, and the ESM node the MDX bundler adds (the frontmatter export).
    const first = tree.children?.find((c) => c.type !== 'mdxjsEsm' && !(c.type === 'text' && !c.value?.trim()));
    if (!first || (first.type !== 'element' && first.type !== 'mdxJsxFlowElement')) return;
    for (const img of images(first)) img.properties = { ...img.properties, dataTop: true };
  };
}
