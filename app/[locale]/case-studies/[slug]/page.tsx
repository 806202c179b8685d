import { caseStudyRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/case-studies/{slug}.mdx. Only the slugs of the content are built; the host answers any other with the localized 404 page.
export const dynamicParams = false;
export const generateStaticParams = caseStudyRoute.generateStaticParams;
export const generateMetadata = caseStudyRoute.generateMetadata;
export default caseStudyRoute.Route;
