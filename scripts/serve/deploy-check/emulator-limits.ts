// Where a host's local server is known to differ from the host itself. With
// `--emulator`, check:deploy reports a failed check that one of these covers
// as "known" (it does not fail the run) and skips requests that would crash
// the emulator. Everything else is checked as on the real host.
import type { HostName } from '@/lib/delivery';

export type LimitId = 'redirect-headers' | 'file-headers' | 'bad-url' | 'host-files';

export type EmulatorLimit = { id: LimitId; what: string; reference: string };

export const emulatorLimits: Partial<Record<HostName, { emulator: string; limits: EmulatorLimit[] }>> = {
  netlify: {
    emulator: 'netlify dev 27.10',
    limits: [
      {
        id: 'file-headers',
        what: 'netlify dev overwrites Cache-Control and Content-Type set in _headers',
        reference: 'netlify/cli#990',
      },
      {
        id: 'redirect-headers',
        what: 'netlify dev sends only Location and Cache-Control (no-cache) on redirects: no _headers, no Vary',
        reference: 'no upstream report found; seen with netlify-cli 27.10.2',
      },
      {
        id: 'bad-url',
        what: 'netlify dev exits on malformed percent-encoding (/%zz: URIError), so it is not sent',
        reference: 'no upstream report found; seen with netlify-cli 27.10.2',
      },
    ],
  },
  cloudflare: {
    emulator: 'wrangler pages dev 4.164',
    limits: [
      {
        id: 'host-files',
        what: 'wrangler pages dev answers /_headers and /_redirects with 502 (it looks for /_headers/index.html); Pages does not publish them',
        reference: 'no upstream report found; seen with wrangler 4.164.0',
      },
    ],
  },
};
