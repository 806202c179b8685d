import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Arrow, Box, DiagramSvg, FONT, Label, useDiagramIds } from './svg-parts';

/** Shopify Merlin: entry points → Merlin API → per-use-case Ray clusters on Kubernetes; data in, monitoring out. */
export function MerlinDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.merlin');
  const ids = useDiagramIds();
  const entries = [
    [t('prototyping'), t('jupyterhub')],
    [t('production'), t('airflow')],
  ];
  const workspaces = [t('useCase1'), t('useCase2')];
  const tools = [t('train'), t('tune'), t('batch')];
  return (
    <DiagramSvg ids={ids} height={850} title={t('title')} desc={t('desc')} className={className}>
      {entries.map(([role, tool], i) => {
        const x = 16 + i * 360;
        return (
          <g key={i}>
            <Box x={x} y={16} w={328} h={88} />
            <Label x={x + 164} y={44} text={role} size={FONT.small} className="fill-muted" />
            <Label x={x + 164} y={76} text={tool} size={FONT.title} bold />
            <Arrow ids={ids} d={`M${x + 164} 104V178`} />
          </g>
        );
      })}
      <Label x={170} y={124} text={t('rayClient')} size={FONT.small} anchor="end" className="fill-muted" />
      {/* Kubernetes: API and workspaces */}
      <Box x={16} y={142} w={688} h={446} r={18} variant="muted" />
      <Box x={210} y={124} w={300} h={38} r={19} variant="plain" />
      <Label x={360} y={143} text={t('kubernetes')} size={FONT.small} bold className="fill-muted" />
      <Box x={40} y={180} w={640} h={80} />
      <Label x={360} y={206} text={t('api')} size={FONT.title} bold />
      <Label x={360} y={238} text={t('apiDesc')} size={FONT.small} className="fill-muted" />
      {workspaces.map((useCase, i) => {
        const x = 40 + i * 332;
        return (
          <g key={i}>
            <Arrow ids={ids} d={`M${x + 154} 260V290`} brand />
            <Box x={x} y={292} w={308} h={276} r={14} variant="soft" />
            <Label x={x + 154} y={320} text={t('workspace')} size={FONT.label} bold className="fill-brand-strong" />
            <Label x={x + 154} y={350} text={useCase} size={FONT.small} />
            <Label x={x + 154} y={378} text={t('ephemeral')} size={FONT.small} className="fill-muted" />
            {tools.map((tool, j) => (
              <g key={j}>
                <Box x={x + 24} y={400 + j * 54} w={260} h={44} r={10} variant="brand" />
                <Label x={x + 154} y={422 + j * 54} text={tool} size={FONT.small} bold className="fill-on-brand" />
              </g>
            ))}
          </g>
        );
      })}
      {/* Data in, monitoring out */}
      <Arrow ids={ids} d="M180 636V594" />
      <Label x={192} y={612} text={t('features')} size={FONT.small} anchor="start" className="fill-muted" />
      <Arrow ids={ids} d="M540 590V630" />
      <Label x={528} y={610} text={t('telemetry')} size={FONT.small} anchor="end" className="fill-muted" />
      <Box x={16} y={636} w={328} h={198} r={14} dashed />
      <Label x={32} y={660} text={t('data')} size={FONT.small} bold anchor="start" className="fill-muted" />
      <Box x={32} y={678} w={128} h={60} variant="page" />
      <Label x={96} y={708} text={t('spark')} size={FONT.small} />
      <Arrow ids={ids} d="M162 708H194" />
      <Box x={198} y={678} w={130} h={60} variant="page" />
      <Label x={263} y={708} text={t('lake')} size={FONT.small} />
      <Box x={32} y={754} w={296} h={60} variant="page" />
      <Label x={180} y={784} text={t('pano')} size={FONT.small} />
      <Box x={376} y={636} w={328} h={198} r={14} dashed />
      <Label x={392} y={660} text={t('monitoring')} size={FONT.small} bold anchor="start" className="fill-muted" />
      <Box x={392} y={678} w={296} h={60} variant="page" />
      <Label x={540} y={708} text={t('datadog')} size={FONT.small} />
      <Box x={392} y={754} w={296} h={60} variant="page" />
      <Label x={540} y={784} text={t('splunk')} size={FONT.small} />
    </DiagramSvg>
  );
}
