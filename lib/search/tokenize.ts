// Words of a text, the same way at build time (Node, writing the index) and
// in the browser (the search module, reading a query): this one function is
// bundled into both. Chinese has no spaces between words, so words come from
// Intl.Segmenter (ICU's dictionary segmentation), not from splitting on
// spaces and punctuation; English words come out of the same call.
// No dependency, no DOM: it runs in Node, in the browser and in the tests.

/** NFKC folds full-width Latin (ＲＡＹ, typed with a Chinese IME) and compatibility forms; then lower case. */
export const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(locale: string): Intl.Segmenter | null {
  if (!segmenters.has(locale)) {
    segmenters.set(locale, typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(locale, { granularity: 'word' }) : null);
  }
  return segmenters.get(locale)!;
}

/** A browser without Intl.Segmenter: runs of letters and digits (Chinese then falls back to substring search). */
const FALLBACK_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Normalized words of `text`, in order: 'Ray 的特征存储' → ['ray', '的', '特征', '存储'].
 * Punctuation and spaces are dropped (ICU's isWordLike).
 */
export function tokenize(text: string, locale: string): string[] {
  const normalized = normalize(text);
  const segmenter = segmenterFor(locale);
  if (!segmenter) return normalized.match(FALLBACK_WORD) ?? [];
  const words: string[] = [];
  for (const chunk of chunks(normalized))
    for (const { segment, isWordLike } of segmenter.segment(chunk)) if (isWordLike) words.push(segment);
  return words;
}

/**
 * Segmenting one long string gets slower than linear (200 KB in one string
 * took 74 s, split into lines 0.12 s), so the text is segmented in chunks of
 * at most CHUNK characters, each cut after a space or punctuation mark (a
 * word boundary in both languages), and only inside a run with neither at
 * the limit itself: the time grows linearly with the text.
 */
const CHUNK = 2000;
const BREAK = /[\s\p{P}]/u;

function* chunks(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let cut = start + CHUNK;
    while (cut > start + CHUNK / 2 && !BREAK.test(text[cut - 1])) cut--;
    if (cut === start + CHUNK / 2) cut = start + CHUNK;
    // Never between the two halves of a character outside the BMP.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

/** True for a term with a Han character: such terms get no fuzzy matching (one wrong character is another word). */
export const isHan = (term: string) => /\p{Script=Han}/u.test(term);

/**
 * Pairs of neighbouring Han characters in `text` ('分布式' → 分布, 布式): the
 * index keeps them in a field of their own (engine.ts), so that the substring
 * fallback reads only the pages that have every pair of a Chinese query, not all.
 */
export function hanPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const [run] of normalize(text).matchAll(/\p{Script=Han}{2,}/gu)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
  }
  return pairs;
}
