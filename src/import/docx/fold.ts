// Folding a text to compare it with the trame's words: accents, case, spaces, punctuation,
// apostrophes and « … » do not count. The key keeps letters and digits only, each mapped back to
// the end of its character in the original text (to cut an answer written after the question).

export interface Folded {
  key: string;
  /** ends[i]: the index in the original text just after the character that gave key[i]. */
  ends: number[];
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function fold(text: string): Folded {
  let key = '';
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const end = i + ch.length;
    i = end;
    const lower = ch.toLowerCase();
    const base = LIGATURES[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    for (const c of base) {
      if (/[\p{L}\p{N}]/u.test(c)) {
        key += c;
        ends.push(end);
      }
    }
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
