import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Box, DiagramSvg, FONT, Label, NumberBadge, useDiagramIds } from './svg-parts';

/** Why Ray: three pillars standing on the Ray AI libraries. */
export function PillarsDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.pillars');
  const ids = useDiagramIds();
  const pillars = [
    [t('p1Title'), t('p1Desc')],
    [t('p2Title'), t('p2Desc')],
    [t('p3Title'), t('p3Desc')],
  ];
  const w = 220;
  return (
    <DiagramSvg ids={ids} height={584} title={t('title')} desc={t('desc')} className={className}>
      <polygon points="10 126 170 30 550 30 710 126" className="fill-brand-soft stroke-brand" strokeWidth={1.5} strokeLinejoin="round" />
      <Label x={360} y={90} text={t('roof')} size={FONT.label} bold className="fill-brand-strong" />
      {pillars.map(([title, desc], i) => {
        const x = 16 + i * (w + 14);
        const cx = x + w / 2;
        return (
          <g key={i}>
            <Box x={x - 5} y={134} w={w + 10} h={14} r={4} variant="muted" />
            <Box x={x} y={148} w={w} h={324} r={6} />
            <Box x={x - 5} y={472} w={w + 10} h={14} r={4} variant="muted" />
            <NumberBadge x={cx} y={182} n={i + 1} r={18} />
            {/* Titles take up to three lines (en "Seamless / development / to production"). */}
            <Label x={cx} y={250} text={title} size={FONT.label} bold />
            <path d={`M${cx - 40} 300h80`} className="stroke-border" strokeWidth={2} />
            <Label x={cx} y={382} text={desc} size={FONT.small} className="fill-muted" />
          </g>
        );
      })}
      <Box x={10} y={494} w={700} h={76} r={14} variant="brand" />
      <Label x={360} y={532} text={t('base')} size={FONT.title} bold className="fill-on-brand" />
    </DiagramSvg>
  );
}
