import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Arrow, Box, DiagramSvg, FONT, Label, Person, useDiagramIds } from './svg-parts';

/** "Pick and choose": two engineers, one Ray library each, no coordination, shared cloud storage. */
export function PickAndChooseDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.pickAndChoose');
  const ids = useDiagramIds();
  const columns = [
    [t('engineerA'), t('rllib'), t('training')],
    [t('engineerB'), t('serve'), t('serving')],
  ];
  return (
    <DiagramSvg ids={ids} height={600} title={t('title')} desc={t('desc')} className={className}>
      <path d="M360 58V500" className="stroke-border" strokeWidth={2} strokeDasharray="6 6" />
      <Box x={200} y={16} w={320} h={42} r={21} variant="muted" />
      <Label x={360} y={37} text={t('noCoordination')} size={FONT.small} bold className="fill-muted" />
      {columns.map(([who, lib, role], i) => {
        const x = 16 + i * 360;
        const cx = x + 164;
        return (
          <g key={i}>
            <Box x={x} y={76} w={328} h={76} />
            <Person x={x + 44} y={114} />
            <Label x={x + 76} y={114} text={who} anchor="start" />
            <Arrow ids={ids} d={`M${cx} 152V208`} />
            <Label x={cx + 14} y={180} text={t('oneLibrary')} size={FONT.small} anchor="start" className="fill-muted" />
            <Box x={x} y={210} w={328} h={220} r={16} variant="muted" />
            <Label x={cx} y={236} text={t('cluster')} size={FONT.small} bold className="fill-muted" />
            <Box x={x + 24} y={256} w={280} h={84} r={12} variant="brand" />
            <Label x={cx} y={284} text={lib} size={FONT.title} bold className="fill-on-brand" />
            <Label x={cx} y={316} text={role} size={FONT.small} className="fill-on-brand" />
            <Label x={cx} y={384} text={t('deployment')} size={FONT.small} className="fill-muted" />
            <Arrow ids={ids} d={`M${cx} 434V496`} both />
            <Label x={cx + 14} y={465} text={t('readWrite')} size={FONT.small} anchor="start" className="fill-muted" />
          </g>
        );
      })}
      <Box x={16} y={500} w={688} h={84} r={16} />
      <Label x={360} y={526} text={t('storage')} bold />
      <Label x={360} y={558} text={t('storageExamples')} size={FONT.small} className="fill-muted" />
    </DiagramSvg>
  );
}
