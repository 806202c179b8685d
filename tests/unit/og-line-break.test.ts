// The share images' line breaker (lib/og/line-break.ts): lines break only where
// Intl.Segmenter puts a word boundary, so a Chinese word (打通) or a Latin word
// (KubeRay) is never cut in two, on every real title and description.
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { getAllDocs } from '@/lib/content';
import { balancedLines, breakLines, clampLines, segmentWords, textWidthEm } from '@/lib/og/line-break';

/** Offsets (in text without spaces) where a line ends, for text whose spaces at breaks were dropped. */
const breakOffsets = (lines: string[]) => {
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) offsets.push((at += line.replace(/\s/g, '').length));
  return offsets;
};

/** Offsets (without spaces) that fall inside a word Intl.Segmenter keeps whole. */
const insideWords = (text: string, locale: string) => {
  const inside = new Set<number>();
  let at = 0;
  for (const seg of segmentWords(text, locale)) {
    const len = seg.replace(/\s/g, '').length;
    for (let i = 1; i < len; i++) inside.add(at + i);
    at += len;
  }
  return inside;
};

const expectWholeWords = (text: string, lines: string[], locale: string) => {
  expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  const inside = insideWords(text, locale);
  for (const offset of breakOffsets(lines))
    expect(inside.has(offset), `break inside a word at ${offset}: ${lines.join(' | ')}`).toBe(false);
};

describe('share-image line breaks', () => {
  it('keeps 打通 on one line at every width (the bug: Satori split it)', () => {
    const title = 'Spotify：用 Ray 打通 ML 研究与生产';
    expect(segmentWords(title, 'zh')).toContain('打通');
    for (let em = 4; em <= 20; em += 0.5) {
      const lines = breakLines(title, em, 'zh');
      expectWholeWords(title, lines, 'zh');
      expect(lines.some((l) => l.endsWith('打') || l.startsWith('通'))).toBe(false);
    }
  });

  it('keeps Latin words whole and puts no closing punctuation at a line start', () => {
    const lines = breakLines('Instacart：改用 Ray 后，区域模型训练从数天缩短到数小时', 8, 'zh');
    expect(lines.some((l) => /^[，。：]/.test(l))).toBe(false);
    expect(lines.every((l) => !/^(?:stacart|ay)/.test(l))).toBe(true);
    expect(breakLines('Managed Ray on GKE through KubeRay', 6, 'en')).toEqual(['Managed', 'Ray on GKE', 'through', 'KubeRay']);
  });

  it('breaks every real title and description only between words, at several widths', () => {
    for (const locale of routing.locales) {
      for (const doc of getAllDocs(locale)) {
        for (const text of [doc.title, doc.description]) {
          for (const em of [10, 16, 22, 34]) {
            expectWholeWords(text, breakLines(text, em, locale), locale);
            expectWholeWords(text, balancedLines(text, em, locale), locale);
          }
        }
      }
    }
  });

  it('balances lines without adding one, and clamps with an ellipsis', () => {
    const text = 'Shopify Merlin: a redesigned ML platform that runs on Ray';
    const greedy = breakLines(text, 20, 'en');
    const balanced = balancedLines(text, 20, 'en');
    expect(balanced.length).toBe(greedy.length);
    const widths = balanced.map(textWidthEm);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(
      Math.max(...greedy.map(textWidthEm)) - Math.min(...greedy.map(textWidthEm)),
    );
    const clamped = clampLines(breakLines(text, 8, 'en'), 2, 8);
    expect(clamped).toHaveLength(2);
    expect(clamped[1].endsWith('…')).toBe(true);
  });
});

describe('share-image line breaks: one-character words', () => {
  it('keeps neighbouring one-character Chinese words together (数 + 天)', () => {
    const title = 'Instacart：改用 Ray 后，区域模型训练从数天缩短到数小时';
    for (let em = 4; em <= 20; em += 0.5) {
      const lines = breakLines(title, em, 'zh');
      expect(
        lines.some((l, i) => l.endsWith('数') && lines[i + 1]?.startsWith('天')),
        lines.join(' | '),
      ).toBe(false);
    }
  });
});
