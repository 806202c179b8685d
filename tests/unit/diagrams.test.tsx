import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ExistingPlatformDiagram,
  MerlinDiagram,
  PickAndChooseDiagram,
  PillarsDiagram,
  SpotifyDiagram,
  StackDiagram,
} from '@/components/diagrams';
import enMessages from '@/messages/en/diagrams.json';
import zhMessages from '@/messages/zh/diagrams.json';

type Section = Record<string, string>;
const messages = { zh: zhMessages, en: enMessages } as const;
type Locale = keyof typeof messages;
/** A diagram takes its locale from the page (MDX passes it in) and its strings from translatorFor. */
type Diagram = ComponentType<{ locale: Locale }>;
type Key = keyof typeof enMessages.Diagrams;

const diagrams: [Key, Diagram][] = [
  ['stack', StackDiagram],
  ['pillars', PillarsDiagram],
  ['merlin', MerlinDiagram],
  ['spotify', SpotifyDiagram],
  ['pickAndChoose', PickAndChooseDiagram],
  ['existingPlatform', ExistingPlatformDiagram],
];

/** How React escapes text and attribute values. */
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

function render(locale: Locale, Diagram: Diagram) {
  return renderToStaticMarkup(<Diagram locale={locale} />);
}

const section = (locale: Locale, key: Key) => messages[locale].Diagrams[key] as Section;

describe('diagram messages', () => {
  it('zh and en have the same keys, one top-level "Diagrams" namespace', () => {
    expect(Object.keys(zhMessages)).toEqual(['Diagrams']);
    expect(Object.keys(enMessages)).toEqual(['Diagrams']);
    for (const [key] of diagrams) {
      expect(Object.keys(section('zh', key)).sort()).toEqual(Object.keys(section('en', key)).sort());
      expect(section('en', key).title).toBeTruthy();
      expect(section('en', key).desc).toBeTruthy();
    }
  });
});

describe.each(diagrams)('%s diagram', (key, Diagram) => {
  describe.each(['zh', 'en'] as const)('%s', (locale) => {
    const html = render(locale, Diagram);
    const strings = section(locale, key);

    it('is one accessible svg image named by its title and desc', () => {
      expect(html.startsWith('<svg')).toBe(true);
      expect(html.match(/<svg/g)).toHaveLength(1);
      expect(html).toContain('role="img"');
      const ids = html.match(/aria-labelledby="([^"]+)"/)?.[1].split(' ') ?? [];
      expect(ids).toHaveLength(2);
      const title = html.match(new RegExp(`<title id="${ids[0]}">([^<]+)</title>`))?.[1];
      const desc = html.match(new RegExp(`<desc id="${ids[1]}">([^<]+)</desc>`))?.[1];
      expect(title).toBe(escape(strings.title));
      expect(desc).toBe(escape(strings.desc));
      expect(strings.title.trim()).not.toBe('');
      expect(strings.desc.trim()).not.toBe('');
      expect(html).toContain('viewBox="0 0 720 ');
    });

    it('shows every label of its message section', () => {
      for (const [name, value] of Object.entries(strings)) {
        for (const line of value.split('\n')) {
          expect(html, `${key}.${name}: ${line}`).toContain(escape(line));
        }
      }
    });

    if (locale === 'zh') {
      it('contains no English-only label', () => {
        const zhText = Object.values(strings).join('\n');
        for (const [name, value] of Object.entries(section('en', key))) {
          for (const line of value.split('\n')) {
            if (zhText.includes(line)) continue; // product names shared by both languages
            expect(html, `${key}.${name}: ${line}`).not.toContain(escape(line));
          }
        }
      });
    }
  });
});

describe('diagram components', () => {
  it('two diagrams on one page never share ids', () => {
    const html = render('en', ({ locale }) => (
      <>
        <StackDiagram locale={locale} />
        <StackDiagram locale={locale} />
        <ExistingPlatformDiagram locale={locale} />
      </>
    ));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(12);
    expect(new Set(ids).size).toBe(ids.length);
    // marker references point at ids of the same document
    for (const [, ref] of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });

  it('use theme tokens only: no hard-coded colours, no images, no client code', () => {
    const dir = fileURLToPath(new URL('../../components/diagrams/', import.meta.url));
    for (const file of readdirSync(dir)) {
      const src = readFileSync(dir + file, 'utf8');
      expect(src, file).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
      expect(src, file).not.toMatch(/<image|<img|'use client'|"use client"|async function/);
    }
  });
});

// Review C (C6, #8): the architecture drawings draw only what a source states.
describe('architecture diagrams draw only stated links', () => {
  /** Vertical arrows as [x, fromY, toY], from their path data "Mx yVy2". */
  const verticals = (html: string) =>
    [...html.matchAll(/<path d="M(\d+) (\d+)V(\d+)"[^>]*marker-end/g)].map((m) => m.slice(1, 4).map(Number));

  it('Merlin: the JupyterHub and Airflow arrows pass the API and end on the Workspaces', () => {
    const html = render('en', MerlinDiagram);
    const fromEntries = verticals(html).filter(([, from]) => from === 104);
    expect(fromEntries).toHaveLength(2);
    // The API box spans x 160–560, y 172–268: each entry arrow runs beside it, down to the Workspaces' frame (y 288).
    for (const [x, , to] of fromEntries) {
      expect(x < 160 || x > 560, `arrow at x=${x}`).toBe(true);
      expect(to).toBeGreaterThan(268);
    }
  });

  it('Spotify: no role → tool arrows; one arrow from the entry points to the clusters', () => {
    const html = render('en', SpotifyDiagram);
    const aboveClusters = verticals(html).filter(([, from]) => from < 280);
    expect(aboveClusters).toEqual([[360, 240, 278]]);
  });
});
