import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Box, DiagramSvg, FONT, Label, useDiagramIds } from './svg-parts';

/** Chevron for one step of the flow; the first one has a flat left edge. */
function chevron(x: number, y: number, w: number, h: number, first: boolean) {
  const n = 16;
  const left = first ? `${x} ${y + h}` : `${x} ${y + h} ${x + n} ${y + h / 2}`;
  return `${x} ${y} ${x + w - n} ${y} ${x + w} ${y + h / 2} ${x + w - n} ${y + h} ${left}`;
}

/** The Ray stack: AI libraries on Ray Core, on any cloud / Kubernetes / laptop, with the ML flow on top. */
export function StackDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.stack');
  const ids = useDiagramIds();
  const steps = [t('preprocess'), t('training'), t('tuning'), t('serving')];
  const libs = [t('data'), t('train'), t('tune'), t('serve'), t('rllib')];
  const hosts = [t('cloud'), t('kubernetes'), t('laptop')];
  // The first step carries the longest label, so it gets more room.
  const stepX = [16, 216, 380, 544];
  const stepW = [196, 160, 160, 160];
  const libW = 124;
  const hostW = 218;
  return (
    <DiagramSvg ids={ids} height={500} title={t('title')} desc={t('desc')} className={className}>
      <Label x={360} y={28} text={t('flowCaption')} size={FONT.small} bold className="fill-muted" />
      {steps.map((s, i) => {
        const x = stepX[i];
        return (
          <g key={i}>
            <polygon
              points={chevron(x, 50, stepW[i], 68, i === 0)}
              className="fill-brand-soft stroke-brand"
              strokeWidth={1.5}
              strokeLinejoin="round"
            />
            <Label x={x + stepW[i] / 2 + (i === 0 ? -6 : 6)} y={84} text={s} size={FONT.small} />
          </g>
        );
      })}
      <Box x={16} y={138} w={688} h={126} r={16} variant="soft" />
      <Label x={34} y={162} text={t('libraries')} anchor="start" size={FONT.small} bold className="fill-brand-strong" />
      {libs.map((l, i) => (
        <g key={i}>
          <Box x={29 + i * (libW + 11)} y={182} w={libW} h={66} variant="brand" r={10} />
          <Label x={29 + i * (libW + 11) + libW / 2} y={215} text={l} size={FONT.title} bold className="fill-on-brand" />
        </g>
      ))}
      <Box x={16} y={278} w={688} h={84} r={16} variant="core" />
      <Label x={360} y={304} text={t('core')} size={FONT.title} bold className="fill-on-brand" />
      <Label x={360} y={338} text={t('coreDesc')} size={FONT.small} className="fill-on-brand" />
      <Label x={360} y={390} text={t('runsOn')} size={FONT.small} bold className="fill-muted" />
      {hosts.map((h, i) => (
        <g key={i}>
          <Box x={16 + i * (hostW + 17)} y={412} w={hostW} h={76} />
          <Label x={16 + i * (hostW + 17) + hostW / 2} y={450} text={h} />
        </g>
      ))}
    </DiagramSvg>
  );
}
