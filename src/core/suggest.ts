import { foldAccents } from './text.js';

/** Levenshtein distance: the number of letters to add, remove or change to go from a to b. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const fold = (s: string) => foldAccents(s).replace(/[\s-]+/g, '_');

/** The closest candidate to a mistyped word (accents and case ignored), if it is close enough. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = fold(word);
  // A beginning that only one candidate has (« cardio », « pedopsy ») is what the user meant.
  const starting = w.length >= 3 ? candidates.filter((c) => fold(c).startsWith(w)) : [];
  if (starting.length === 1) return starting[0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = distance(w, fold(c));
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}
