// The one share-image layout (1200×630 PNG via next/og), rendered at build by
// app/og/[...image]/route.ts for every page (./images.ts lists them).
import { ImageResponse } from 'next/og';
import { loadOgFonts, primaryFont } from './fonts';
import { ogColors as c } from './theme';
import type { OgPageInfo } from './page-info';
import { balancedLines, breakLines, clampLines, textWidthEm } from './line-break';

export const ogSize = { width: 1200, height: 630 } as const;
export const ogContentType = 'image/png';

const COLUMN_WIDTH = 1000;
const DESCRIPTION_SIZE = 28;
/** The width estimate (textWidthEm) is rough: keep lines this much shorter than the column. */
const FIT = 0.92;

/** Title size that fits the title in at most three lines of the 1000px text column. */
export function titleFontSize(title: string): number {
  const em = textWidthEm(title);
  if (em <= 28) return 68;
  if (em <= 40) return 60;
  return 52;
}

/** Our mark (components/layout/ray-mark.tsx) with the brand colours filled in. */
function Mark({ size, soft = c.brandSoft, ink = c.brand }: { size: number; soft?: string; ink?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" fill="none">
      <rect x="1" y="1" width="30" height="30" rx="8" fill={soft} />
      <path d="M10 21.5 16 10l6 11.5H10z" stroke={ink} strokeWidth="2" strokeLinejoin="round" />
      <circle cx="16" cy="10" r="3.2" fill={ink} />
      <circle cx="10" cy="21.5" r="3.2" fill={ink} />
      <circle cx="22" cy="21.5" r="3.2" fill={ink} />
    </svg>
  );
}

/** A large, faint cluster graph in the corner: the mark's motif as decoration. */
function Cluster() {
  return (
    <svg width="380" height="380" viewBox="0 0 100 100" fill="none" style={{ position: 'absolute', right: -70, top: -120 }}>
      <g stroke={c.brand} strokeOpacity="0.14" strokeWidth="0.9">
        <path d="M50 18 22 70h56L50 18z" />
        <path d="M50 18 50 48M22 70 50 48M78 70 50 48" />
      </g>
      <g fill={c.brand} fillOpacity="0.12">
        <circle cx="50" cy="18" r="7" />
        <circle cx="22" cy="70" r="7" />
        <circle cx="78" cy="70" r="7" />
        <circle cx="50" cy="48" r="4.5" />
      </g>
    </svg>
  );
}

export async function renderOgImage(page: OgPageInfo): Promise<ImageResponse> {
  const ellipsis = '…';
  const header = page.isHome ? page.tagline : page.siteName;
  const label = page.isHome ? '' : page.label;
  const fonts = await loadOgFonts([
    { text: header + label + page.title, weight: 700 },
    { text: page.description + ellipsis, weight: 400 },
  ]);
  const zh = page.locale === 'zh';
  const titleSize = titleFontSize(page.title);
  const titleEm = (COLUMN_WIDTH / titleSize) * FIT;
  const titleLines = clampLines(balancedLines(page.title, titleEm, page.locale), 3, titleEm);
  const descriptionEm = (COLUMN_WIDTH / DESCRIPTION_SIZE) * FIT;
  const descriptionLines = clampLines(breakLines(page.description, descriptionEm, page.locale), 3, descriptionEm);

  return new ImageResponse(
    <div
      lang={zh ? 'zh-CN' : 'en'}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        padding: '60px 80px 70px',
        backgroundColor: c.bg,
        backgroundImage: `radial-gradient(circle at 92% 8%, ${c.brandSoft} 0%, ${c.bg} 60%)`,
        color: c.fg,
        fontFamily: primaryFont,
      }}
    >
      <Cluster />
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <Mark size={60} />
        <div style={{ marginLeft: 20, fontSize: 30, fontWeight: 700, color: page.isHome ? c.muted : c.fg }}>{header}</div>
      </div>

      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', width: COLUMN_WIDTH }}>
        {label ? (
          <div style={{ display: 'flex', fontSize: 28, fontWeight: 700, color: c.brand, letterSpacing: zh ? 2 : 0.5 }}>{label}</div>
        ) : null}
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            marginTop: label ? 18 : 0,
            fontSize: titleSize,
            fontWeight: 700,
            lineHeight: 1.18,
            letterSpacing: zh ? 1 : -1,
          }}
        >
          {titleLines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            marginTop: 26,
            fontSize: DESCRIPTION_SIZE,
            lineHeight: 1.45,
            color: c.muted,
          }}
        >
          {descriptionLines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      </div>

      <div style={{ position: 'absolute', left: 0, bottom: 0, width: '100%', height: 14, display: 'flex' }}>
        <div style={{ flexGrow: 1, backgroundColor: c.brand }} />
        <div style={{ width: 220, backgroundColor: c.accent }} />
      </div>
    </div>,
    { ...ogSize, fonts },
  );
}
