// `npm run build`'s font step (prebuild): the site's Latin web font, subset
// to the characters the site uses (scripts/build/web-font/subset.ts).
import { writeWebFont } from './web-font/subset';

await writeWebFont();
