import { standardRoute } from '@/lib/page-routes';

// Shows content/{locale}/index.mdx
const { Route, generateMetadata } = standardRoute('/');
export { generateMetadata };
export default Route;
