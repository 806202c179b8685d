import { pillarRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/why-ray/{slug}.mdx. Only the slugs of the content are built; the host answers any other with the localized 404 page.
export const dynamicParams = false;
export const generateStaticParams = pillarRoute.generateStaticParams;
export const generateMetadata = pillarRoute.generateMetadata;
export default pillarRoute.Route;
