import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/i18n/translator';
import { Arrow, Box, DiagramSvg, FONT, Label, Person, useDiagramIds } from './svg-parts';

/**
 * Spotify: who uses it and the entry points they reach it through → managed
 * Ray on GKE (KubeRay) → Ray libraries and target workloads, beside the
 * existing ML platform. The sources list the roles and the tools separately,
 * so the drawing keeps them as two lists in one box: no role → tool arrows.
 */
export function SpotifyDiagram({ locale, className }: { locale: Locale; className?: string }) {
  const t = translatorFor(locale, 'Diagrams.spotify');
  const ids = useDiagramIds();
  const users = [t('scientists'), t('engineers'), t('researchers')];
  const tools = [t('cli'), t('notebooks'), t('vscode')];
  const envs = [t('namespaces'), t('playground'), t('dashboard')];
  const libs = [t('data'), t('train'), t('batch')];
  const frameworks = [t('pytorch'), t('xgboost'), t('gnn')];
  const platform = [t('mlHome'), t('jukebox'), t('kubeflow')];
  const inner = (i: number) => 36 + i * 220;
  return (
    <DiagramSvg ids={ids} height={790} title={t('title')} desc={t('desc')} className={className}>
      <Box x={16} y={16} w={688} h={224} r={18} />
      <Label x={36} y={40} text={t('users')} size={FONT.small} bold anchor="start" className="fill-muted" />
      {users.map((u, i) => (
        <g key={i}>
          <Person x={inner(i) + 104} y={72} />
          <Label x={inner(i) + 104} y={110} text={u} size={FONT.small} />
        </g>
      ))}
      <Label x={36} y={144} text={t('entry')} size={FONT.small} bold anchor="start" className="fill-muted" />
      {tools.map((tool, i) => (
        <g key={i}>
          <Box x={inner(i)} y={160} w={208} h={66} r={10} variant="muted" />
          <Label x={inner(i) + 104} y={193} text={tool} size={FONT.small} />
        </g>
      ))}
      <Arrow ids={ids} d="M360 240V278" brand />
      <Box x={16} y={280} w={688} h={364} r={18} variant="soft" />
      <Label x={36} y={310} text={t('gke')} size={FONT.label} bold anchor="start" className="fill-brand-strong" />
      <Box x={540} y={291} w={148} h={40} r={20} variant="brand" />
      <Label x={614} y={311} text={t('kuberay')} size={FONT.small} bold className="fill-on-brand" />
      {envs.map((e, i) => (
        <g key={i}>
          <Box x={inner(i)} y={340} w={208} h={80} variant="page" />
          <Label x={inner(i) + 104} y={380} text={e} size={FONT.small} />
        </g>
      ))}
      <Label x={36} y={446} text={t('libraries')} size={FONT.small} bold anchor="start" className="fill-brand-strong" />
      {libs.map((l, i) => (
        <g key={i}>
          <Box x={inner(i)} y={464} w={208} h={54} r={10} variant="brand" />
          <Label x={inner(i) + 104} y={491} text={l} size={FONT.small} bold className="fill-on-brand" />
        </g>
      ))}
      <Label x={36} y={544} text={t('frameworks')} size={FONT.small} bold anchor="start" className="fill-brand-strong" />
      {frameworks.map((f, i) => (
        <g key={i}>
          <Box x={inner(i)} y={562} w={208} h={62} r={10} variant="page" />
          <Label x={inner(i) + 104} y={593} text={f} size={FONT.small} />
        </g>
      ))}
      <Box x={16} y={666} w={688} h={112} r={18} dashed />
      <Label x={360} y={692} text={t('alongside')} size={FONT.small} bold className="fill-muted" />
      {platform.map((p, i) => (
        <g key={i}>
          <Box x={inner(i)} y={712} w={208} h={50} r={10} variant="muted" />
          <Label x={inner(i) + 104} y={737} text={p} size={FONT.small} />
        </g>
      ))}
    </DiagramSvg>
  );
}
