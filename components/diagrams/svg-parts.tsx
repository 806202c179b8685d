import { useId, type ReactNode } from 'react';

/**
 * Shared SVG building blocks for the diagrams. Every colour is a design-token
 * utility (fill-surface, stroke-brand…), so diagrams follow light/dark theme.
 * Coordinates are viewBox units; every diagram is 720 wide, so the smallest
 * (22-unit) text is ~10.5 px in a 343 px phone column and 22 px at 720 px.
 * Box sizes fit the longer of the zh/en labels (checked in Inter).
 */

export const FONT = { title: 26, label: 24, small: 22 } as const;

export type DiagramIds = { title: string; desc: string; arrow: string; arrowBrand: string };

/** Ids unique per rendered diagram, safe inside `url(#…)`. */
export function useDiagramIds(): DiagramIds {
  const base = 'dg' + useId().replace(/[^A-Za-z0-9_-]/g, '');
  return { title: `${base}-t`, desc: `${base}-d`, arrow: `${base}-a`, arrowBrand: `${base}-b` };
}

export function DiagramSvg({
  ids,
  height,
  title,
  desc,
  className,
  children,
}: {
  ids: DiagramIds;
  height: number;
  title: string;
  desc: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${ids.title} ${ids.desc}`}
      viewBox={`0 0 720 ${height}`}
      width="100%"
      className={className ? `h-auto w-full ${className}` : 'h-auto w-full'}
      fontFamily="inherit"
    >
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{desc}</desc>
      <defs>
        <marker id={ids.arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className="fill-muted" />
        </marker>
        <marker id={ids.arrowBrand} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className="fill-brand" />
        </marker>
      </defs>
      {children}
    </svg>
  );
}

const BOX = {
  plain: 'fill-surface stroke-border',
  page: 'fill-bg stroke-border',
  muted: 'fill-surface-2 stroke-border',
  soft: 'fill-brand-soft stroke-brand',
  brand: 'fill-brand stroke-brand',
  core: 'fill-brand-strong stroke-brand-strong',
  accent: 'fill-accent-soft stroke-accent',
} as const;

export function Box({
  x,
  y,
  w,
  h,
  variant = 'plain',
  r = 12,
  dashed,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  variant?: keyof typeof BOX;
  r?: number;
  dashed?: boolean;
}) {
  return (
    <rect x={x} y={y} width={w} height={h} rx={r} className={BOX[variant]} strokeWidth={1.5} strokeDasharray={dashed ? '6 5' : undefined} />
  );
}

/**
 * Text centred vertically on `y`. A "\n" in the message starts a new line;
 * the lines are centred as a block around `y`.
 */
export function Label({
  x,
  y,
  text,
  size = FONT.label,
  anchor = 'middle',
  bold,
  className = 'fill-fg',
}: {
  x: number;
  y: number;
  text: string;
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  className?: string;
}) {
  const lines = text.split('\n');
  const step = Math.round(size * 1.25);
  return (
    <text
      x={x}
      y={y - ((lines.length - 1) * step) / 2}
      fontSize={size}
      fontWeight={bold ? 600 : undefined}
      textAnchor={anchor}
      dominantBaseline="central"
      className={className}
    >
      {lines.length === 1
        ? text
        : lines.map((line, i) => (
            <tspan key={i} x={x} dy={i === 0 ? undefined : step}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** A thin arrow along path `d`; `both` puts a head on each end. */
export function Arrow({ ids, d, brand, both }: { ids: DiagramIds; d: string; brand?: boolean; both?: boolean }) {
  const url = `url(#${brand ? ids.arrowBrand : ids.arrow})`;
  return (
    <path
      d={d}
      fill="none"
      strokeWidth={2}
      className={brand ? 'stroke-brand' : 'stroke-muted'}
      markerEnd={url}
      markerStart={both ? url : undefined}
    />
  );
}

/** Numbered marker: accent circle with the digit, so colour is never the only cue. */
export function NumberBadge({ x, y, n, r = 17 }: { x: number; y: number; n: number; r?: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} className="fill-accent-soft stroke-accent" strokeWidth={2} />
      <text x={x} y={y} fontSize={r * 1.2} fontWeight={700} textAnchor="middle" dominantBaseline="central" className="fill-accent">
        {n}
      </text>
    </g>
  );
}

/** Simple person glyph centred on (x, y), about 30 units tall. */
export function Person({ x, y }: { x: number; y: number }) {
  return (
    <g className="fill-brand-soft stroke-brand" strokeWidth={2}>
      <circle cx={x} cy={y - 7} r={7} />
      <path d={`M${x - 13} ${y + 15}a13 13 0 0 1 26 0z`} />
    </g>
  );
}
