// `npm run dev`: live preview for authors. Contentlayer watches content/ and
// regenerates; Next's dev server picks the change up without a restart.
// (Contentlayer's Next plugin only hooks webpack, so under Turbopack the two run side by side.)
import { spawn } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (args) => spawn('npx', args, { stdio: 'inherit', env });

const content = run(['contentlayer2', 'dev']);
const next = run(['next', 'dev', '-p', process.env.PORT ?? '3000']);
const stop = () => {
  content.kill('SIGTERM');
  next.kill('SIGTERM');
};
for (const child of [content, next]) child.on('exit', (code) => { stop(); process.exit(code ?? 0); });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
