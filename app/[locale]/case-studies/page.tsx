import { standardRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/case-studies.mdx
const { Route, generateMetadata } = standardRoute('/case-studies');
export { generateMetadata };
export default Route;
