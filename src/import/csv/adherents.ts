// The adhérents of a CSV file exported by a spreadsheet (LibreOffice, Excel) or by the Annuaire
// santé: columns nom, prénom, RPPS and optionally spécialité and date d'adhésion, in any order, under headers as people
// write them. Pure: text in, adhérents and the problems of each bad line out. `ess importer` and the
// wizard's import both read through here.
import { rppsValid } from '../../core/checksums.js';
import { readDate } from '../../core/dates.js';
import { foldAccents, isBlank, quote } from '../../core/text.js';
import { resolveSpecialite, suggestSpecialites } from '../../referentiels/specialites.js';
import { csvRows, detectSeparator, type Separator } from './rows.js';

export interface CsvAdherent {
  nom: string;
  prenom: string;
  rpps: string;
  specialite?: string;
  /** The date the formulaire d'adhésion was signed, ISO (dossier-format.md `adherents[].adhesion`). */
  adhesion?: string;
}

export interface CsvLine {
  /** 1-based line of the file. */
  line: number;
  adherent: CsvAdherent;
}

export interface CsvProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

export interface CsvResult {
  /** Good lines, in the file's order, each RPPS once. */
  lines: CsvLine[];
  problems: CsvProblem[];
  /** False when the file is not a list of adhérents (empty, no nom/prénom/RPPS columns). */
  isList: boolean;
  separator?: Separator;
}

type Column = 'nom' | 'prenom' | 'rpps' | 'specialite' | 'adhesion';

/** Headers compared without case, accents nor punctuation: « N° RPPS » is « n rpps ». */
function normalize(s: string): string {
  return foldAccents(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The column a header names: « RPPS », « N° RPPS », « Numéro RPPS », « Identifiant PP » and
 * « Identification nationale PP » (Annuaire santé), « Nom », « Nom d’exercice », « Nom de
 * famille », « Prénom », « Prénom d’exercice », « Spécialité », « Libellé savoir-faire ».
 */
export function columnOf(header: string): Column | undefined {
  const h = normalize(header);
  if (/rpps/.test(h) || /^(?:identifiant|identification nationale|id|n|no|numero|num) ?pp$/.test(h)) return 'rpps';
  if (/^prenom/.test(h)) return 'prenom';
  if (/^nom\b/.test(h) && !/prenom/.test(h)) return 'nom';
  if (/^(?:code |libelle )?specialite/.test(h) || /^libelle savoir faire/.test(h)) return 'specialite';
  // « Date d'adhésion », « Adhésion », « Date de signature » (never another date, a birth date).
  if (/\badhesion\b/.test(h) || /^date (?:de )?signature\b/.test(h)) return 'adhesion';
  return undefined;
}

const COLUMN_NAMES: Record<Column, string> = { nom: 'nom', prenom: 'prénom', rpps: 'RPPS', specialite: 'spécialité', adhesion: 'date d’adhésion' };

/** A number Excel shows in scientific notation, then writes so in the CSV: « 1,00012E+10 ». */
const SCIENTIFIC = /^[0-9]+(?:[.,][0-9]*)?\s*[eE]\s*\+?\s*[0-9]+$/;

export const SCIENTIFIC_HELP =
  'le tableur (Excel) a écrit ce numéro en notation scientifique et en a perdu les derniers chiffres. ' +
  'Pour l’éviter : mettez la colonne RPPS au format « Texte » (clic droit › Format de cellule › Texte) avant de taper ou de coller les numéros, ' +
  'ou, en ouvrant un CSV dans Excel, importez cette colonne en « Texte » (Données › À partir d’un fichier texte/CSV) ; puis retapez ce numéro et enregistrez de nouveau en CSV';

/** The RPPS of a cell, or why the cell holds none. */
function readRpps(raw: string): { rpps: string } | { problem: string } {
  if (raw === '') return { problem: 'RPPS manquant' };
  if (SCIENTIFIC.test(raw)) return { problem: `RPPS « ${raw} » : ${SCIENTIFIC_HELP}` };
  // Spaces, dots and dashes people type inside numbers; the apostrophe Excel users type to keep digits as text.
  let digits = raw.replace(/^'/, '').replace(/[\s.\-]/g, '');
  // The Annuaire santé's « Identification nationale PP » is the RPPS behind its type digit 8.
  if (/^8[0-9]{11}$/.test(digits) && rppsValid(digits.slice(1))) digits = digits.slice(1);
  if (!/^[0-9]{11}$/.test(digits)) {
    const count = digits.replace(/\D/g, '').length;
    const letters = /[^0-9]/.test(digits) ? ' et d’autres caractères' : '';
    return { problem: `RPPS « ${raw} » : un numéro RPPS a 11 chiffres (ici ${count}${letters}) ; il figure sur la carte CPS et dans l’Annuaire santé` };
  }
  if (!rppsValid(digits)) return { problem: `RPPS « ${raw} » : ce numéro RPPS n’a pas une clé de contrôle valide, un chiffre est sans doute mal recopié` };
  return { rpps: digits };
}

/** The specialty id of a cell (id, label, usual name, RPPS code), or why it is refused. */
function readSpecialite(raw: string): { id?: string } | { problem: string } {
  if (raw === '') return {};
  const found = resolveSpecialite(raw);
  if (!found) {
    const guesses = suggestSpecialites(raw).map((g) => `« ${g.libelle} »`);
    return { problem: `spécialité « ${raw} » inconnue${guesses.length ? ` (vouliez-vous dire ${guesses.join(' ou ')} ?)` : ' (par exemple : cardiologie, dermatologie)'}` };
  }
  if (!found.eligible) return { problem: `spécialité « ${found.libelle} » : ce médecin ne peut pas être adhérent, car ${found.motif ?? 'cette spécialité ne peut pas faire partie d’une ESS'}` };
  return { id: found.id };
}

/** The ISO date of a cell (JJ/MM/AAAA or AAAA-MM-JJ), or why it is refused. */
function readAdhesion(raw: string): { iso?: string } | { problem: string } {
  if (raw === '') return {};
  const reading = readDate(raw);
  if (reading && 'iso' in reading) return { iso: reading.iso };
  return { problem: `date d’adhésion « ${raw} » : ${reading ? reading.impossible : 'date attendue JJ/MM/AAAA (15/01/2026) ou AAAA-MM-JJ'}` };
}

/** « DUPONT Marie (10003456789) »: how a report names an adhérent. */
export function adherentName(a: { nom?: unknown; prenom?: unknown; rpps?: unknown }): string {
  const nom = typeof a.nom === 'string' ? a.nom.trim().toLocaleUpperCase('fr') : '';
  const prenom = typeof a.prenom === 'string' ? a.prenom.trim() : '';
  const name = [nom, prenom].filter(Boolean).join(' ') || 'sans nom';
  return typeof a.rpps === 'string' && a.rpps ? `${name} (${a.rpps})` : name;
}

/** Reads the adhérents of a CSV file's text. Bad lines are reported with their number and left out. */
export function parseAdherentsCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const { separator, skipFirstLine } = detectSeparator(text);
  const { rows, unclosedQuote } = csvRows(text, separator);
  if (skipFirstLine) rows.shift();
  const problems: CsvProblem[] = [];
  const header = rows.shift();
  if (!header) return { lines: [], problems: [{ line: 1, message: 'le fichier est vide : sa première ligne doit nommer les colonnes nom, prénom et RPPS.' }], isList: false };
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = (['nom', 'prenom', 'rpps'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const cells = header.cells.filter((c) => c.trim() !== '');
    const found = cells.slice(0, 8).map(quote).join(', ') + (cells.length > 8 ? '…' : '');
    return {
      lines: [],
      problems: [
        {
          line: header.line,
          message:
            `colonne${missing.length > 1 ? 's' : ''} ${missing.map((c) => COLUMN_NAMES[c]).join(', ')} introuvable${missing.length > 1 ? 's' : ''} (en-têtes lus : ${found}). ` +
            'La première ligne doit nommer les colonnes nom, prénom, RPPS (et spécialité, date d’adhésion si besoin), séparées par « ; » ou « , ».',
        },
      ],
      isList: false,
      separator,
    };
  }
  const firstLineOf = new Map<string, { line: number; adherent: CsvAdherent }>();
  const lines: CsvLine[] = [];
  for (const row of rows) {
    const get = (c: Column) => {
      const i = columns.get(c);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const errors: string[] = [];
    // A name pasted over two lines of a cell is one name.
    const nom = get('nom').replace(/\s+/g, ' ');
    const prenom = get('prenom').replace(/\s+/g, ' ');
    if (isBlank(nom)) errors.push('nom manquant');
    if (isBlank(prenom)) errors.push('prénom manquant');
    const rpps = readRpps(get('rpps'));
    if ('problem' in rpps) errors.push(rpps.problem);
    const specialite = readSpecialite(get('specialite'));
    if ('problem' in specialite) errors.push(specialite.problem);
    const adhesion = readAdhesion(get('adhesion'));
    if ('problem' in adhesion) errors.push(adhesion.problem);
    if (errors.length === 0 && 'rpps' in rpps) {
      const first = firstLineOf.get(rpps.rpps);
      if (first) errors.push(`RPPS ${rpps.rpps} déjà à la ligne ${first.line} (${adherentName({ nom: first.adherent.nom, prenom: first.adherent.prenom })}) : ligne ignorée`);
    }
    if (errors.length > 0 || !('rpps' in rpps) || 'problem' in specialite || 'problem' in adhesion) {
      problems.push({ line: row.line, message: errors.join(' ; ') });
      continue;
    }
    const adherent: CsvAdherent = { nom, prenom, rpps: rpps.rpps, ...(specialite.id ? { specialite: specialite.id } : {}), ...(adhesion.iso ? { adhesion: adhesion.iso } : {}) };
    firstLineOf.set(rpps.rpps, { line: row.line, adherent });
    lines.push({ line: row.line, adherent });
  }
  if (unclosedQuote !== undefined) {
    problems.push({ line: unclosedQuote, message: 'un guillemet (") ouvert sur cette ligne n’est jamais refermé : la suite du fichier a été lue comme une seule cellule. Retirez ce guillemet ou refermez-le.' });
    problems.sort((a, b) => a.line - b.line);
  }
  return { lines, problems, isList: true, separator };
}

/** A list of adhérents is a few KB; 5 MB (some 100,000 lines) is not one. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
