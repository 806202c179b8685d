import { cache } from 'react';
import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { routing, type Locale } from './routing';

/**
 * The [locale] segment of a URL, checked: the one place a route's locale is
 * validated (an unknown one is the 404 page). Cached per render, so the layout,
 * the metadata and the page share one check; from there the locale is passed down.
 */
export const routeLocale = cache((segment: string): Locale => {
  if (!hasLocale(routing.locales, segment)) notFound();
  return segment;
});
