import { standardRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/index.mdx
const { Route, generateMetadata } = standardRoute('/');
export { generateMetadata };
export default Route;
