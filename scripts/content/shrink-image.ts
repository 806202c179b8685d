// `npm run image:shrink -- public/images/x.png …`: shrinks pictures in place
// to fit the image budget of `npm run content:check` (scripts/build/images/shrink.ts).
import { shrinkImage, ShrinkError } from '../build/images/shrink';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run image:shrink -- public/images/<file> …');
  process.exit(2);
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
let failed = false;
for (const file of files) {
  try {
    const r = await shrinkImage(file);
    console.log(`${file}: ${mb(r.before)} → ${mb(r.after)} (${r.width}×${r.height} px)`);
  } catch (error) {
    if (!(error instanceof ShrinkError)) throw error;
    console.error(error.message);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
