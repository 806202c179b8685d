import localFont from 'next/font/local';

// Latin text: Inter (variable weight), self-hosted by next/font, subset at
// build to the characters the site uses and weights 400–700
// (scripts/build/web-font.ts writes the file before `next build` and `next dev`).
// Chinese falls through to the system's CJK fonts (see --font-sans in globals.css):
// a full CJK web font would cost megabytes for every visitor.
export const latinFont = localFont({
  // = webFontFile in scripts/build/web-font/subset.ts (next/font needs a literal).
  src: '../.cache/fonts/inter-subset.woff2',
  variable: '--font-latin',
  weight: '400 700',
  // optional: Inter is used when it arrives within ~100 ms (preloaded, and cached
  // after the first visit), otherwise the fallback stays: text never re-flows (CLS 0).
  display: 'optional',
  // No generic fallback here: globals.css continues the stack with CJK fonts.
  fallback: [],
});
