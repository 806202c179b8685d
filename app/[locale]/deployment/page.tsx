import { standardRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/deployment.mdx
const { Route, generateMetadata } = standardRoute('/deployment');
export { generateMetadata };
export default Route;
