// `npm run build`, before `next build`: converts the content images (AVIF,
// WebP and their own format, a few widths, hashed names) into
// public/assets/images/, from the cache in .cache/images/ when unchanged.
// The step is scripts/build/images/convert.ts.
import { symlinkMessage } from '../../lib/content-safety/files';
import { root } from '../lib/root';
import { convertImages, ImageError } from './images/convert';

// The build's first step: settings first (lib/site.ts reads them when it loads), so a bad one stops it at once.
try {
  await import('../../lib/site');
} catch (error) {
  if ((error as Error).name !== 'SettingError') throw error;
  console.error(`\nbuild settings: ${(error as Error).message}\n`);
  process.exit(1);
}
// Before next build copies public/ into out/: a link there would publish what it points at.
const links = symlinkMessage(root, ['content', 'public']);
if (links) {
  console.error(`\nimages: ${links}\n`);
  process.exit(1);
}
try {
  const r = await convertImages({ root });
  console.log(
    `images: ${r.images} source image(s), ${r.converted} converted, ${r.images - r.converted} from the cache (.cache/images/); ` +
      `${r.files} files in public/assets/images/ (${r.seconds.toFixed(1)} s)`,
  );
} catch (error) {
  if (!(error instanceof ImageError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
