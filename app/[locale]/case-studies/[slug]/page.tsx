import { caseStudyRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/case-studies/{slug}.mdx. Unknown slugs never get here: the proxy sends them to the localized 404.
export const dynamicParams = false;
export const generateStaticParams = caseStudyRoute.generateStaticParams;
export const generateMetadata = caseStudyRoute.generateMetadata;
export default caseStudyRoute.Route;
