// What "empty" and "still to complete" mean for every rule, in one place.
import { escapeSegment, fromPointer, toPointer } from '../core/json-pointer.js';
import { isBlank } from '../core/text.js';
import { toIsoDate } from '../core/dates.js';

/**
 * Any answer that still says « à compléter » (`ess init` writes « À COMPLÉTER »), whatever its case, accents or punctuation, alone or
 * with other words (« A completer : voir avec Marc »): it is not an answer yet.
 */
export function isPlaceholder(value: unknown): boolean {
  // A cheap test first: most strings (names, long answers) do not even hold "compl".
  if (typeof value !== 'string' || !/compl/i.test(value)) return false;
  const folded = value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return /\ba completer\b/.test(folded);
}

/** Absent, null, "" or whitespace only, or an empty list: no answer at all. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isBlank(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** A real answer: neither empty nor the placeholder. */
export function isAnswered(value: unknown): boolean {
  return !isEmpty(value) && !isPlaceholder(value);
}

/** The answer as text when it is a real answer, else undefined. */
export function answer(value: unknown): string | undefined {
  if (!isAnswered(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The value at a JSON pointer of plain data (undefined when any step is missing). */
export function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const seg of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Every string of the dossier, with its JSON pointer, in file order. */
export function eachString(data: unknown, visit: (pointer: string, value: string) => void): void {
  const walk = (node: unknown, at: string): void => {
    if (typeof node === 'string') visit(at, node);
    else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) walk(node[i], `${at}/${i}`);
    else if (node !== null && typeof node === 'object') {
      for (const key in node) walk((node as Record<string, unknown>)[key], `${at}/${escapeSegment(key)}`);
    }
  };
  walk(data, '');
}

export function pointer(...segments: Array<string | number>): string {
  return toPointer(segments);
}

/**
 * An ISO date (YYYY-MM-DD) from an ISO or French (JJ/MM/AAAA) string or a YAML date; undefined for
 * the placeholder, a bad value or a day that does not exist (never rolled over to the next month).
 */
export function isoDate(value: unknown): string | undefined {
  return toIsoDate(value);
}

/**
 * The same day N months later (end of month when that day does not exist: 31 August + 6 months
 * is 28/29 February), as an ISO date, so that deadlines compare as strings.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

