// Reading a date as French users write it: ISO `AAAA-MM-JJ` (what `ess init` writes) or the French
// `JJ/MM/AAAA`. A day that does not exist is said so, never rolled over (30 February is not 2 March).

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export type DateReading =
  /** A real day, as ISO. */
  | { iso: string }
  /** Shaped like a date, but no such day: why, in French (« le 30 février 2027 n’existe pas »). */
  | { impossible: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day a value names: an ISO or French string (spaces around allowed), or a valid Date.
 * undefined when the value is not shaped like a date at all (the placeholder, free text…).
 */
export function readDate(value: unknown): DateReading | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { iso: value.toISOString().slice(0, 10) };
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  const french = iso ? undefined : FRENCH.exec(text);
  if (!iso && !french) return undefined;
  const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(french![3]), Number(french![2]), Number(french![1])];
  if (month < 1 || month > 12) return { impossible: `le mois ${month} n’existe pas (les mois vont de 1 à 12${french ? ', écrits après le jour : JJ/MM/AAAA' : ''})` };
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    const why = day > last ? ` (${MONTHS[month - 1]} ${year} n’a que ${last} jours)` : '';
    return { impossible: `le ${day} ${MONTHS[month - 1]} ${year} n’existe pas${why}` };
  }
  return { iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** The ISO form of a real date, else undefined (placeholder, impossible day, free text). */
export function toIsoDate(value: unknown): string | undefined {
  const reading = readDate(value);
  return reading && 'iso' in reading ? reading.iso : undefined;
}

/**
 * A date as a person types it at a prompt: what the file takes (`JJ/MM/AAAA`, ISO), and also the
 * dots and dashes a keyboard makes easy (`15.11.2026`, `15-11-2026`). Pure, for the wizard and
 * `completer`; undefined when the text is not shaped like a date.
 */
export function readTypedDate(text: string): DateReading | undefined {
  const v = text.trim();
  const typed = /^([0-9]{1,2})[.-]([0-9]{1,2})[.-]([0-9]{4})$/.exec(v);
  return readDate(typed ? `${typed[1]}/${typed[2]}/${typed[3]}` : v);
}
