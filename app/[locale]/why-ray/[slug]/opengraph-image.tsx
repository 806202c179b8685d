import { ogImageRoute } from '@/lib/og/route';

// Share image of /why-ray/[slug] in each locale, rendered at build (lib/og).
const og = ogImageRoute('/why-ray/[slug]');
export const dynamicParams = false;
export const size = og.size;
export const contentType = og.contentType;
export const generateStaticParams = og.generateStaticParams;
export default og.Image;
