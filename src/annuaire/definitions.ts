// The definitions of docs/contributing/annuaire.md, as small pure functions: one activity line of the extract
// at a time, so that the count and the checks of adhérents say the same thing.
import { foldAccents } from '../core/text.js';

/** One line of the extract: one person × one activity site × one savoir-faire. */
export interface ActivityRow {
  /** The 11-digit RPPS (a 12-character identification nationale `8`+RPPS is reduced to it). */
  id: string;
  nom: string;
  prenom: string;
  profession: string;
  typeSavoirFaire: string;
  savoirFaire: string;
  mode: string;
  /** Département of the activity site ('' when the line gives none). */
  departement: string;
}

export const PROFESSION_MEDECIN = '10';
export const MODE_LIBERAL = 'L';

/** `Identifiant PP` holds the RPPS, or in some extracts the identification nationale (`8` + RPPS). */
export function personId(identifiant: string): string {
  return identifiant.length === 12 && identifiant.startsWith('8') ? identifiant.slice(1) : identifiant;
}

const overseas = (code: string) => code.startsWith('97') || code.startsWith('98');

/**
 * Département of an activity: the INSEE code of the commune (2 characters, 3 overseas; 2A/2B for
 * Corsica), else `Code Département (structure)`, else the first characters of the postal code.
 */
export function departementOf(commune: string, departement: string, codePostal: string): string {
  if (commune.length >= 2) return commune.slice(0, overseas(commune) ? 3 : 2);
  if (departement) return departement;
  if (codePostal.length >= 2) return codePostal.slice(0, overseas(codePostal) ? 3 : 2);
  return '';
}

/** Is this line a libéral activity of a médecin of one of `codes`, in one of `departements`? */
export function countsFor(row: ActivityRow, codes: ReadonlySet<string>, departements: ReadonlySet<string>): boolean {
  return (
    row.profession === PROFESSION_MEDECIN &&
    codes.has(row.savoirFaire) &&
    row.mode === MODE_LIBERAL &&
    departements.has(row.departement)
  );
}

/** Names compared as people write them: no case, accents, hyphens, apostrophes or spaces. */
export function foldName(name: string): string {
  return foldAccents(name).replace(/[\s\-‐‑–—'’`´]+/g, '');
}

export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}
