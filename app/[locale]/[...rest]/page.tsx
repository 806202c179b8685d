import { notFound } from 'next/navigation';

// Any path under /{locale}/ that is no page: the localized 404 (not-found.tsx).
export default function UnknownPage() {
  notFound();
}
