import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Arrow, Box, DiagramSvg, FONT, Label, NumberBadge, useDiagramIds } from './svg-parts';

/** Ray inside an existing ML platform, with the five numbered integration points. */
export function ExistingPlatformDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.existingPlatform');
  const ids = useDiagramIds();
  const libs = [t('data'), t('train'), t('tune'), t('serve')];
  return (
    <DiagramSvg ids={ids} height={790} title={t('title')} desc={t('desc')} className={className}>
      <Box x={4} y={4} w={712} h={782} r={20} dashed />
      <Label x={26} y={32} text={t('platform')} bold anchor="start" />
      <Label x={26} y={62} text={t('platformExamples')} size={FONT.small} anchor="start" className="fill-muted" />
      {/* 1 orchestrator */}
      <Box x={20} y={84} w={680} h={146} r={14} variant="page" />
      <NumberBadge x={50} y={114} n={1} />
      <Label x={78} y={114} text={t('orchestrator')} bold anchor="start" />
      <Label x={78} y={144} text={t('orchestratorExamples')} size={FONT.small} anchor="start" className="fill-muted" />
      <Box x={78} y={166} w={196} h={48} r={10} variant="muted" />
      <Label x={176} y={190} text={t('sparkEtl')} size={FONT.small} />
      <Arrow ids={ids} d="M278 190H314" />
      <Box x={318} y={166} w={236} h={48} r={10} variant="soft" />
      <Label x={436} y={190} text={t('trainOnRay')} size={FONT.small} />
      <Arrow ids={ids} d="M60 230V392" />
      <Label x={74} y={312} text={t('createsClusters')} size={FONT.small} anchor="start" className="fill-muted" />
      {/* 3 interactive */}
      <Box x={360} y={250} w={340} h={108} r={14} variant="page" />
      <NumberBadge x={390} y={278} n={3} />
      <Label x={418} y={278} text={t('interactive')} bold anchor="start" />
      <Label x={418} y={324} text={t('notebooks')} size={FONT.small} anchor="start" className="fill-muted" />
      <Arrow ids={ids} d="M530 358V392" />
      {/* Ray cluster with 2 task graph */}
      <Box x={20} y={394} w={680} h={206} r={16} variant="soft" />
      <Label x={42} y={422} text={t('cluster')} bold anchor="start" className="fill-brand-strong" />
      <Box x={38} y={440} w={306} h={144} r={12} variant="page" />
      <NumberBadge x={64} y={468} n={2} />
      <Label x={90} y={468} text={t('taskGraph')} size={FONT.small} anchor="start" />
      <g className="stroke-brand" strokeWidth={2}>
        <path d="M84 534 138 510M84 534 138 558M150 510 204 534M150 558 204 534M216 534h62" fill="none" />
        <g className="fill-brand-soft">
          <circle cx={78} cy={534} r={11} />
          <circle cx={144} cy={510} r={11} />
          <circle cx={144} cy={558} r={11} />
          <circle cx={210} cy={534} r={11} />
          <circle cx={284} cy={534} r={11} />
        </g>
      </g>
      {libs.map((l, i) => {
        const x = 362 + (i % 2) * 164;
        const y = 440 + Math.floor(i / 2) * 76;
        return (
          <g key={i}>
            <Box x={x} y={y} w={152} h={66} r={10} variant="brand" />
            <Label x={x + 76} y={y + 33} text={l} size={FONT.small} bold className="fill-on-brand" />
          </g>
        );
      })}
      {/* 4 feature store, 5 experiment tracker */}
      <Arrow ids={ids} d="M60 604V660" both />
      <Label x={74} y={632} text={t('featureLink')} size={FONT.small} anchor="start" className="fill-muted" />
      <Arrow ids={ids} d="M366 604V660" both />
      <Label x={380} y={632} text={t('trackerLink')} size={FONT.small} anchor="start" className="fill-muted" />
      {[
        [t('featureStore'), t('feast')],
        [t('tracker'), t('trackerExamples')],
      ].map(([name, examples], i) => {
        const x = i ? 326 : 20;
        return (
          <g key={i}>
            <Box x={x} y={664} w={i ? 374 : 290} h={106} r={14} variant="page" />
            <NumberBadge x={x + 30} y={694} n={4 + i} />
            <Label x={x + 58} y={694} text={name} bold anchor="start" />
            <Label x={x + 58} y={738} text={examples} size={FONT.small} anchor="start" className="fill-muted" />
          </g>
        );
      })}
    </DiagramSvg>
  );
}
