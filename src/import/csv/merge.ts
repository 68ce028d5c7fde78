// Merging the adhérents read from a CSV into a list (the dossier's, or the wizard's), by RPPS: new
// ones added, known ones left as they are. Pure: values and text in, values and text out.
import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { appendItems, setAnswer } from '../../dossier/edit.js';
import { isEmpty, isPlaceholder } from '../../rules/values.js';
import type { CsvAdherent, CsvLine } from './adherents.js';

export interface KnownLine extends CsvLine {
  /** The adhérent as the list already holds it (unchanged). */
  existing: Record<string, unknown>;
}

export interface Merge {
  added: CsvLine[];
  known: KnownLine[];
}

/** The RPPS of an entry as written (a number when the user forgot the quotes), digits only. */
function rppsOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const rpps = (entry as Record<string, unknown>).rpps;
  if (typeof rpps !== 'string' && typeof rpps !== 'number') return undefined;
  return String(rpps).replace(/[\s.]/g, '');
}

/** Splits the CSV's good lines into those to add and those whose RPPS the list already has. */
export function mergeByRpps(existing: readonly unknown[], lines: readonly CsvLine[]): Merge {
  const byRpps = new Map<string, Record<string, unknown>>();
  for (const entry of existing) {
    const rpps = rppsOf(entry);
    if (rpps && !byRpps.has(rpps)) byRpps.set(rpps, entry as Record<string, unknown>);
  }
  const merge: Merge = { added: [], known: [] };
  for (const line of lines) {
    const found = byRpps.get(line.adherent.rpps);
    if (found) merge.known.push({ ...line, existing: found });
    else merge.added.push(line);
  }
  return merge;
}

/** The entry to write: the specialty only when it differs from the ESS's (absent means the ESS's, as the dossier's comment says). */
export function entryOf(adherent: CsvAdherent, essSpecialite: unknown): CsvAdherent {
  if (adherent.specialite === undefined || adherent.specialite !== essSpecialite) return adherent;
  const { specialite: _same, ...entry } = adherent;
  return entry;
}

/** An entry `init` writes for an adhérent still to give: every value « À COMPLÉTER » or empty. */
export function isPlaceholderEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const values = Object.values(entry);
  return values.length > 0 && values.every((v) => isEmpty(v) || isPlaceholder(v));
}

export type DossierList =
  | { ok: true; entries: unknown[]; placeholdersOnly: boolean }
  /** `adherents` holds something else than a list (a map, a sentence): the line where it is. */
  | { ok: false; line: number };

/** The dossier's `adherents` as a list (absent, empty or « À COMPLÉTER »: none yet). */
export function dossierAdherents(text: string): DossierList {
  const doc = parseDocument(text);
  const node = doc.get('adherents', true) as Node | null | undefined;
  if (node === undefined || node === null || (isScalar(node) && (isEmpty(node.value) || isPlaceholder(node.value)))) return { ok: true, entries: [], placeholdersOnly: false };
  if (!isSeq(node)) {
    const offset = node.range?.[0] ?? 0;
    return { ok: false, line: text.slice(0, offset).split('\n').length };
  }
  const entries = node.toJSON() as unknown[];
  return { ok: true, entries, placeholdersOnly: entries.length > 0 && entries.every(isPlaceholderEntry) };
}

/**
 * The dossier's text with the adhérents added at the end of its list, every other byte kept.
 * The entry `init` leaves for the adhérents to come (« À COMPLÉTER » everywhere) is replaced.
 */
export function addToDossier(text: string, added: readonly CsvAdherent[], placeholdersOnly: boolean): string {
  if (added.length === 0) return text;
  // One adhérent per line, as `init` writes them, unless the list already has them in block style.
  if (placeholdersOnly) return setAnswer(text, ['adherents'], [...added], { flowItems: true });
  return appendItems(text, ['adherents'], added, { flowItems: true });
}

