import { standardRoute } from '@/app/[locale]/page-routes';

// Shows content/{locale}/why-ray.mdx
const { Route, generateMetadata } = standardRoute('/why-ray');
export { generateMetadata };
export default Route;
