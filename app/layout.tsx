import type { ReactNode } from 'react';
import './globals.css';

// The document itself (<html lang>, fonts, header, footer) is rendered by
// app/[locale]/layout.tsx, or by app/not-found.tsx for unknown URLs: those have
// no locale segment, so the root layout only passes through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
