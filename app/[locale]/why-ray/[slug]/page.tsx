import { pillarRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/why-ray/{slug}.mdx. Unknown slugs never get here: the proxy sends them to the localized 404.
export const dynamicParams = false;
export const generateStaticParams = pillarRoute.generateStaticParams;
export const generateMetadata = pillarRoute.generateMetadata;
export default pillarRoute.Route;
