import { pillarRoute } from '@/lib/page-routes';

// Shows content/{locale}/why-ray/{slug}.mdx; any other slug is a 404.
export const dynamicParams = false;
export const generateStaticParams = pillarRoute.generateStaticParams;
export const generateMetadata = pillarRoute.generateMetadata;
export default pillarRoute.Route;
