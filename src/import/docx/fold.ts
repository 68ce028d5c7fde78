// Folding a text to compare it with the trame's words: accents, case, spaces, punctuation,
// apostrophes and « … » do not count. The key keeps letters and digits only, each mapped back to
// the end of its character in the original text (to cut an answer written after the question).

export interface Folded {
  key: string;
  /** ends[i]: the index in the original text just after the character that gave key[i]. */
  ends: number[];
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
/** Non-ASCII characters met, folded once (a document repeats the same few accented letters). */
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let base = folded.get(ch);
  if (base === undefined) {
    const lower = ch.toLowerCase();
    base = [...(LIGATURES[lower] ?? lower.normalize('NFD'))].filter((c) => /[\p{L}\p{N}]/u.test(c) && !/\p{M}/u.test(c)).join('');
    folded.set(ch, base);
  }
  return base;
}

export function fold(text: string): Folded {
  let key = '';
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII, the bulk of a French text: letters and digits kept, lower-cased; the rest dropped.
      if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) key += text[i];
      else if (code >= 65 && code <= 90) key += String.fromCharCode(code + 32);
      else continue;
      ends.push(i + 1);
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const end = i + ch.length;
    for (const c of foldChar(ch)) {
      key += c;
      ends.push(end);
    }
    i = end - 1;
  }
  return { key, ends };
}

export const foldKey = (text: string): string => fold(text).key;

/** The folded words, for a similarity that a typo or a missing word does not break. */
export function foldWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldKey)
    .filter((w) => w !== '');
}

/** Dice coefficient over word bigrams-free bags: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
