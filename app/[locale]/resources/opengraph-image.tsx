import { ogImageRoute } from '@/lib/og/route';

// Share image of /resources in each locale, rendered at build (lib/og).
const og = ogImageRoute('/resources');
export const dynamicParams = false;
export const size = og.size;
export const contentType = og.contentType;
export const generateStaticParams = og.generateStaticParams;
export default og.Image;
