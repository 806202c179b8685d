import { standardRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/resources.mdx
const { Route, generateMetadata } = standardRoute('/resources');
export { generateMetadata };
export default Route;
