import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { getResources, type Resource } from '@/lib/content';
import { Attribution } from '@/components/case-study/attribution';
import { resourceAnchor, resourceKinds, type ResourceKind } from '@/lib/resource-kinds';

/**
 * `anchored`: the full list (the resources page) gives each item an id, which search results link to.
 * An archived resource is kept for the record as plain text, its old address shown but not linked:
 * a card that leads to a dead page only frustrates (review C47).
 */
function ResourceItem({ resource, locale, anchored }: { resource: Resource; locale: Locale; anchored?: boolean }) {
  const t = translatorFor(locale, 'Resources');
  const Card = resource.archived ? 'div' : 'a';
  return (
    <li id={anchored ? resourceAnchor(resource.slug) : undefined} className={anchored ? 'scroll-mt-24' : undefined}>
      <Card
        href={resource.archived ? undefined : resource.url}
        className={
          resource.archived
            ? 'block h-full rounded-card border border-dashed border-border bg-bg p-4'
            : 'group block h-full rounded-card border border-border bg-bg p-4 transition-colors hover:border-brand hover:bg-surface'
        }
      >
        <span className="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide">
          <span className="text-brand">{t(`kinds.${resource.kind}`)}</span>
          {resource.archived ? <span className="rounded bg-accent-soft px-1.5 py-0.5 text-accent">{t('archived')}</span> : null}
          {resource.publisher ? <span className="font-medium normal-case tracking-normal text-muted">{resource.publisher}</span> : null}
        </span>
        <span className="mt-1.5 block font-semibold leading-snug text-fg group-hover:text-brand">
          {resource.title[locale]}
          {resource.archived ? null : <span aria-hidden="true"> ↗</span>}
        </span>
        <span className="mt-1 block text-sm leading-relaxed text-muted">{resource.summary[locale]}</span>
        {resource.archived ? <span className="mt-1 block break-all text-xs text-muted">{resource.url}</span> : null}
        <Attribution text={resource.attribution?.[locale]} />
      </Card>
    </li>
  );
}

/**
 * Resources from content/resources/*.yaml. Without props: grouped by kind,
 * each group with an anchor (#blog, #talk, …) and a jump list, no JS needed.
 * kind="talk": one kind only; limit={3}: the first n, ungrouped.
 */
export function ResourceList({ locale, kind, limit }: { locale: Locale; kind?: ResourceKind; limit?: number }) {
  const t = translatorFor(locale, 'Resources');
  const all = getResources();
  const listClass = 'not-prose my-6 grid gap-4 sm:grid-cols-2';

  if (kind || limit) {
    const list = all.filter((r) => !kind || r.kind === kind).slice(0, limit ?? undefined);
    // A short pick (the home page's three) fits one row on wide screens.
    return (
      <ul className={list.length <= 3 ? `${listClass} lg:grid-cols-3` : listClass}>
        {list.map((r) => (
          <ResourceItem key={r.slug} resource={r} locale={locale} />
        ))}
      </ul>
    );
  }

  const groups = resourceKinds.map((k) => ({ kind: k, items: all.filter((r) => r.kind === k) })).filter((g) => g.items.length > 0);
  return (
    <div className="not-prose">
      <nav aria-label={t('jumpTo')} className="my-6 flex flex-wrap gap-2">
        {groups.map((g) => (
          <a
            key={g.kind}
            href={`#${g.kind}`}
            className="rounded-full border border-border px-3 py-1 text-sm font-medium text-fg hover:border-brand hover:text-brand"
          >
            {t(`groups.${g.kind}`)} <span className="text-muted">({g.items.length})</span>
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={g.kind} className="scroll-mt-24">
          <h2 id={g.kind} className="mt-10 text-2xl font-bold tracking-tight text-fg">
            {t(`groups.${g.kind}`)}
          </h2>
          <ul className={listClass}>
            {g.items.map((r) => (
              <ResourceItem key={r.slug} resource={r} locale={locale} anchored />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
