import type { ReactNode } from 'react';
import './globals.css';
import './print.css'; // after globals.css: its print rules override the screen ones

// No document here: <html lang>, fonts and the head script come from
// components/layout/site-document.tsx, rendered by app/[locale]/layout.tsx
// (with the footer; each page renders its own header) and by app/page.tsx and
// app/not-found.tsx, which have no locale segment.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
