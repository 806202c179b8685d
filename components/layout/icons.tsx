import type { ReactNode } from 'react';

/** The interface's line icons: 24-unit grid, 1.8 stroke in the text colour, hidden from screen readers (the control carries the name). */
function LineIcon({ className = 'h-5 w-5', children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    >
      {children}
    </svg>
  );
}

export function SearchIcon() {
  return (
    <LineIcon>
      <circle cx="11" cy="11" r="6.5" />
      <path d="M16 16l4.5 4.5" />
    </LineIcon>
  );
}

/** Shown in light mode: the switch leads to dark. */
export function MoonIcon({ className }: { className: string }) {
  return (
    <LineIcon className={className}>
      <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
    </LineIcon>
  );
}

/** Shown in dark mode: the switch leads to light. */
export function SunIcon({ className }: { className: string }) {
  return (
    <LineIcon className={className}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </LineIcon>
  );
}

/** Three bars while the phone menu is closed, a cross while it is open (CSS on the enclosing <details>). */
export function MenuIcon() {
  return (
    <LineIcon>
      <path className="group-open:hidden" d="M4 7h16M4 12h16M4 17h16" />
      <path className="hidden group-open:block" d="M6 6l12 12M18 6L6 18" />
    </LineIcon>
  );
}
