import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Arrow, Box, DiagramSvg, FONT, Label, useDiagramIds } from './svg-parts';

/**
 * Shopify Merlin: entry points → per-use-case Ray clusters (Merlin
 * Workspaces) on Kubernetes, which the Merlin API creates; data in,
 * monitoring out. Users reach the Workspaces directly (Ray Client from
 * JupyterHub, Airflow DAGs in production): their arrows pass the API, which
 * only creates Workspaces. No source pairs an entry point with one use case,
 * so both arrows end on the frame around all Workspaces.
 */
export function MerlinDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.merlin');
  const ids = useDiagramIds();
  const entries = [
    { role: t('prototyping'), tool: t('jupyterhub'), lane: 100 },
    { role: t('production'), tool: t('airflow'), lane: 660 },
  ];
  const workspaces = [t('useCase1'), t('useCase2')];
  const tools = [t('train'), t('tune'), t('batch')];
  return (
    <DiagramSvg ids={ids} height={862} title={t('title')} desc={t('desc')} className={className}>
      {entries.map(({ role, tool }, i) => {
        const x = 16 + i * 360;
        return (
          <g key={i}>
            <Box x={x} y={16} w={328} h={88} />
            <Label x={x + 164} y={44} text={role} size={FONT.small} className="fill-muted" />
            <Label x={x + 164} y={76} text={tool} size={FONT.title} bold />
          </g>
        );
      })}
      <Label x={112} y={124} text={t('rayClient')} size={FONT.small} anchor="start" className="fill-muted" />
      {/* Kubernetes: the API beside the entry lanes, the Workspaces below */}
      <Box x={16} y={142} w={688} h={458} r={18} variant="muted" />
      <Box x={310} y={124} w={300} h={38} r={19} variant="plain" />
      <Label x={460} y={143} text={t('kubernetes')} size={FONT.small} bold className="fill-muted" />
      <Box x={160} y={172} w={400} h={96} />
      <Label x={360} y={198} text={t('api')} size={FONT.title} bold />
      <Label x={360} y={242} text={t('apiDesc')} size={FONT.small} className="fill-muted" />
      <Box x={28} y={288} w={664} h={302} r={16} variant="plain" />
      <Label x={360} y={566} text={t('workspaces')} size={FONT.label} bold className="fill-brand-strong" />
      {/* Drawn over the Kubernetes frame: both entry points reach the Workspaces, not the API */}
      {entries.map(({ lane }, i) => (
        <Arrow key={i} ids={ids} d={`M${lane} 104V286`} />
      ))}
      {workspaces.map((useCase, i) => {
        const x = 40 + i * 332;
        return (
          <g key={i}>
            <Arrow ids={ids} d={`M${x + 154} 268V296`} brand />
            <Box x={x} y={298} w={308} h={240} r={14} variant="soft" />
            <Label x={x + 154} y={326} text={useCase} size={FONT.small} bold />
            <Label x={x + 154} y={354} text={t('ephemeral')} size={FONT.small} className="fill-muted" />
            {tools.map((tool, j) => (
              <g key={j}>
                <Box x={x + 24} y={374 + j * 52} w={260} h={42} r={10} variant="brand" />
                <Label x={x + 154} y={395 + j * 52} text={tool} size={FONT.small} bold className="fill-on-brand" />
              </g>
            ))}
          </g>
        );
      })}
      {/* Data in, monitoring out */}
      <Arrow ids={ids} d="M180 648V606" />
      <Label x={192} y={624} text={t('features')} size={FONT.small} anchor="start" className="fill-muted" />
      <Arrow ids={ids} d="M540 602V642" />
      <Label x={528} y={622} text={t('telemetry')} size={FONT.small} anchor="end" className="fill-muted" />
      <Box x={16} y={648} w={328} h={198} r={14} dashed />
      <Label x={32} y={672} text={t('data')} size={FONT.small} bold anchor="start" className="fill-muted" />
      <Box x={32} y={690} w={128} h={60} variant="page" />
      <Label x={96} y={720} text={t('spark')} size={FONT.small} />
      <Arrow ids={ids} d="M162 720H194" />
      <Box x={198} y={690} w={130} h={60} variant="page" />
      <Label x={263} y={720} text={t('lake')} size={FONT.small} />
      <Box x={32} y={766} w={296} h={60} variant="page" />
      <Label x={180} y={796} text={t('pano')} size={FONT.small} />
      <Box x={376} y={648} w={328} h={198} r={14} dashed />
      <Label x={392} y={672} text={t('monitoring')} size={FONT.small} bold anchor="start" className="fill-muted" />
      <Box x={392} y={690} w={296} h={60} variant="page" />
      <Label x={540} y={720} text={t('datadog')} size={FONT.small} />
      <Box x={392} y={766} w={296} h={60} variant="page" />
      <Label x={540} y={796} text={t('splunk')} size={FONT.small} />
    </DiagramSvg>
  );
}
