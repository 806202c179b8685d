// Line breaks for the share images. Satori breaks Chinese between any two
// characters, so "打通" could end up split across two lines. Here text is cut
// into words with Intl.Segmenter (as the search does), Latin words stay whole,
// and lines break only between words; image.tsx draws one line per element.

/** Punctuation that must not start a line (it sticks to the word before) or end one (it sticks to the word after). */
const NO_LINE_START = /^[\s,.;:!?)\]}%，。、；：！？）】》」』”’…·—-]+$/u;
const NO_LINE_END = /^[([{（【《「『“‘]+$/u;

/** Rough rendered width in em: CJK characters are square, Latin ones about half as wide. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.55;
  return em;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The words of `text` as Intl.Segmenter cuts them, concatenating back to `text`. */
export function segmentWords(text: string, locale: string): string[] {
  if (!segmenters.has(locale)) segmenters.set(locale, new Intl.Segmenter(locale, { granularity: 'word' }));
  return Array.from(segmenters.get(locale)!.segment(text), (s) => s.segment);
}

const SINGLE_HAN = /^\p{Script=Han}$/u;
const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * Pieces a line may break between: each word with the spaces and closing
 * punctuation after it, and any opening punctuation before it. Neighbouring
 * one-character Chinese words stay together too: the dictionary often cuts
 * 数天 into 数 + 天, and a line break there reads as a broken word.
 */
export function breakUnits(text: string, locale: string): string[] {
  const units: string[] = [];
  let opening = '';
  let lastSingles = false; // the last unit is a run of one-character Chinese words
  for (const seg of segmentWords(text, locale)) {
    const single = SINGLE_HAN.test(seg);
    if (NO_LINE_END.test(seg)) opening += seg;
    else if (NO_LINE_START.test(seg) && units.length > 0 && !opening) units[units.length - 1] += seg;
    else if (single && lastSingles && !opening && HAN_RUN.test(units[units.length - 1])) units[units.length - 1] += seg;
    else {
      units.push(opening + seg);
      opening = '';
    }
    lastSingles = single ? lastSingles || HAN_RUN.test(units[units.length - 1]) : false;
  }
  if (opening) units.push(opening);
  return units;
}

/** Greedy lines of at most `maxEm` (a unit wider than that gets a line of its own). */
export function breakLines(text: string, maxEm: number, locale: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text, locale)) {
    if (line && textWidthEm((line + unit).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * As few lines as `breakLines` needs, made as even as possible (like CSS
 * text-wrap: balance): the narrowest width that still needs no more lines.
 */
export function balancedLines(text: string, maxEm: number, locale: string): string[] {
  const lines = breakLines(text, maxEm, locale);
  let low = 0;
  let high = maxEm;
  while (high - low > 0.25) {
    const mid = (low + high) / 2;
    if (breakLines(text, mid, locale).length <= lines.length) high = mid;
    else low = mid;
  }
  return breakLines(text, high, locale);
}

/** At most `max` lines; when text is left over, the last line ends in an ellipsis. */
export function clampLines(lines: string[], max: number, maxEm: number): string[] {
  if (lines.length <= max) return lines;
  let last = lines[max - 1];
  while (last && textWidthEm(last + '…') > maxEm) last = Array.from(last).slice(0, -1).join('');
  return [...lines.slice(0, max - 1), last.trimEnd() + '…'];
}
