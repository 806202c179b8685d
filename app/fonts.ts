import localFont from 'next/font/local';

// Latin text: Inter (variable weight) from npm, self-hosted by next/font.
// Chinese falls through to the system's CJK fonts (see --font-sans in globals.css):
// a full CJK web font would cost megabytes for every visitor.
export const latinFont = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-latin',
  weight: '100 900',
  display: 'swap',
  // No generic fallback here: globals.css continues the stack with CJK fonts.
  fallback: [],
});
