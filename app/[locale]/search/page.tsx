import { standardRoute } from '@/app/[locale]/page-routes';
import { SearchPage } from '@/components/templates/search-page';

// Shows content/{locale}/search.mdx, the search form and the list of every page.
const { Route, generateMetadata } = standardRoute('/search', SearchPage);
export { generateMetadata };
export default Route;
