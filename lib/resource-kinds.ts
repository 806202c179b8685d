// The kinds of resource (`kind:` in content/resources/*.yaml), in the order the
// resources page groups them: the one list. contentlayer.config.ts (the enum),
// <ResourceList>, <LinkCard> and the MDX component registry import it. A new
// kind also needs its labels in messages/{zh,en}/common.json (Resources.kinds
// and Resources.groups). No imports: the content check and Contentlayer
// bundle this file too.
export const resourceKinds = ['blog', 'talk', 'slides', 'panel'] as const;

export type ResourceKind = (typeof resourceKinds)[number];

/** Anchor of a resource on the resources page (<ResourceList> sets it; search results link to it). */
export const resourceAnchor = (slug: string) => `resource-${slug}`;
