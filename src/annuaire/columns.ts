import { InputError } from '../core/errors.js';

/** The columns the program reads, by short name → accepted header names (the header changed over the years). */
export const COLUMNS = {
  id: ['Identifiant PP'],
  nom: ["Nom d'exercice"],
  prenom: ["Prénom d'exercice"],
  profession: ['Code profession'],
  typeSavoirFaire: ['Code type savoir-faire'],
  savoirFaire: ['Code savoir-faire'],
  mode: ['Code mode exercice'],
  commune: ['Code commune (coord. structure)'],
  departement: ['Code Département (structure)', 'Code département (coord. structure)'],
  codePostal: ['Code postal (coord. structure)'],
} as const;

export type Column = keyof typeof COLUMNS;
export type ColumnIndex = Record<Column, number>;

const normalize = (name: string) => name.normalize('NFC').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Finds the columns by name in the header line (BOM, trailing `|` and CR already tolerated here).
 * A file that lacks one of them is not an extract of the Annuaire santé: exit 2, naming what is missing.
 */
export function resolveColumns(headerLine: string, file: string): ColumnIndex {
  const names = headerLine.replace(/^\ufeff/, '').replace(/\r$/, '').split('|').map(normalize);
  const index = {} as ColumnIndex;
  const missing: string[] = [];
  for (const [key, accepted] of Object.entries(COLUMNS) as Array<[Column, readonly string[]]>) {
    const at = accepted.map((a) => names.indexOf(normalize(a))).find((i) => i !== -1);
    if (at === undefined) missing.push(accepted[0]!);
    else index[key] = at;
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `« ${m} »`).join(', ');
    throw new InputError(
      `${file} n’est pas un extrait de l’Annuaire santé (PS_LibreAcces_Personne_activite) : ` +
        `${missing.length > 1 ? 'colonnes absentes' : 'colonne absente'} de la première ligne : ${list}. ` +
        'Indiquez le fichier PS_LibreAcces_Personne_activite_….txt, ou l’archive PS_LibreAcces….zip telle que téléchargée sur annuaire.sante.fr.',
    );
  }
  return index;
}
