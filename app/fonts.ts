import localFont from 'next/font/local';

// Latin text: Inter (variable weight) from npm, self-hosted by next/font.
// Chinese falls through to the system's CJK fonts (see --font-sans in globals.css):
// a full CJK web font would cost megabytes for every visitor.
export const latinFont = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-latin',
  weight: '100 900',
  // optional: Inter is used when it arrives within ~100 ms (preloaded, and cached
  // after the first visit), otherwise the fallback stays: text never re-flows (CLS 0).
  display: 'optional',
  // No generic fallback here: globals.css continues the stack with CJK fonts.
  fallback: [],
});
