// Import of the adhérents from a CSV exported by a spreadsheet (LibreOffice, Excel): columns
// nom, prénom, RPPS and optionally spécialité and date d'adhésion, `;` or `,` separated, UTF-8 with or without BOM.
// Hand-written rather than a CSV library: the format is small, and every bad line must be
// reported with its line number in the file, which needs the reader to track physical lines.
import { readFile } from 'node:fs/promises';
import { inputProblem } from '../core/input-file.js';
import { systemErrorText } from '../core/error-report.js';
import { resolveSpecialite, suggestSpecialites } from '../referentiels/specialites.js';
import { digitsOnly, rpps as rppsVerdict } from './validators.js';
import { foldAccents, isBlank } from '../core/text.js';
import { readDate } from '../core/dates.js';

export interface CsvAdherent {
  nom: string;
  prenom: string;
  rpps: string;
  specialite?: string;
  /** The date the formulaire d'adhésion was signed, ISO (dossier-format.md `adherents[].adhesion`). */
  adhesion?: string;
}

export interface CsvProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

export interface CsvResult {
  adherents: CsvAdherent[];
  problems: CsvProblem[];
}

interface Row {
  line: number;
  cells: string[];
}

/** Splits CSV text into rows (RFC 4180 quotes, "" inside quotes), each with its first line. */
export function csvRows(text: string, separator: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function normalize(s: string): string {
  return foldAccents(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Column = 'nom' | 'prenom' | 'rpps' | 'specialite' | 'adhesion';

function columnOf(header: string): Column | undefined {
  const h = normalize(header);
  if (/\brpps\b/.test(h)) return 'rpps';
  if (/^prenom/.test(h)) return 'prenom';
  if (/^nom\b/.test(h) && !/prenom/.test(h)) return 'nom';
  if (/^specialite/.test(h)) return 'specialite';
  // « Date d'adhésion », « Adhésion », « Date de signature » (never another date, a birth date).
  if (/\badhesion\b/.test(h) || /^date (de )?signature\b/.test(h)) return 'adhesion';
  return undefined;
}

/** The separator of the header line: the one of `;` and `,` that occurs more. */
function detectSeparator(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(';') >= count(',') ? ';' : ',';
}

/**
 * Reads the adhérents of a CSV file's text. `known` holds RPPS already in the dossier (duplicates
 * are refused). Bad lines are reported with their number and left out; good ones are kept.
 */
export function parseAdherentsCsv(input: string, known: ReadonlySet<string> = new Set()): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const problems: CsvProblem[] = [];
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const rows = csvRows(text, detectSeparator(firstLine));
  const header = rows.shift();
  if (!header)
    return { adherents: [], problems: [{ line: 1, message: 'Le fichier est vide : la première ligne doit nommer les colonnes nom, prénom et RPPS.' }] };
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = (['nom', 'prenom', 'rpps'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const names = { nom: 'nom', prenom: 'prénom', rpps: 'RPPS' };
    return {
      adherents: [],
      problems: [
        {
          line: header.line,
          message: `Colonne(s) introuvable(s) : ${missing.map((c) => names[c]).join(', ')}. La première ligne doit nommer les colonnes nom, prénom, RPPS (et spécialité, date d’adhésion si besoin), séparées par « ; » ou « , ».`,
        },
      ],
    };
  }
  const seen = new Set(known);
  const adherents: CsvAdherent[] = [];
  for (const row of rows) {
    const get = (c: Column) => {
      const i = columns.get(c);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const errors: string[] = [];
    const nom = get('nom');
    const prenom = get('prenom');
    const rpps = digitsOnly(get('rpps'));
    if (isBlank(nom)) errors.push('nom manquant');
    if (isBlank(prenom)) errors.push('prénom manquant');
    const verdict = rpps === '' ? 'RPPS manquant' : rppsVerdict(rpps, seen);
    if (verdict !== true) errors.push(rpps === '' ? verdict : `RPPS « ${get('rpps')} » : ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}`);
    let specialite: string | undefined;
    const rawSpecialite = get('specialite');
    if (rawSpecialite) {
      // The same names as everywhere else: id, label, usual name (« cardiologue »), RPPS code.
      specialite = resolveSpecialite(rawSpecialite)?.id;
      if (!specialite) {
        const guesses = suggestSpecialites(rawSpecialite).map((g) => `« ${g.libelle} »`);
        errors.push(`spécialité « ${rawSpecialite} » inconnue${guesses.length ? ` (vouliez-vous dire ${guesses.join(' ou ')} ?)` : ' (par exemple : cardiologie, dermatologie)'}`);
      }
    }
    let adhesion: string | undefined;
    const rawAdhesion = get('adhesion');
    if (rawAdhesion) {
      const reading = readDate(rawAdhesion);
      if (reading && 'iso' in reading) adhesion = reading.iso;
      else errors.push(`date d’adhésion « ${rawAdhesion} » : ${reading ? `${reading.impossible}` : 'date attendue JJ/MM/AAAA (15/01/2026) ou AAAA-MM-JJ'}`);
    }
    if (errors.length > 0) {
      problems.push({ line: row.line, message: errors.join(' ; ') });
      continue;
    }
    seen.add(rpps);
    adherents.push({ nom, prenom, rpps, ...(specialite ? { specialite } : {}), ...(adhesion ? { adhesion } : {}) });
  }
  return { adherents, problems };
}

/** A list of adhérents is a few KB; 5 MB (some 100,000 lines) is not one. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/**
 * Reads a CSV file as UTF-8 text; a French reason when it cannot (missing, not a regular file, too
 * large, not UTF-8…). Asynchronous: the wizard keeps answering Ctrl-C while it reads.
 */
export async function readCsvFile(path: string): Promise<{ text: string } | { problem: string }> {
  const problem = inputProblem(path, 'le fichier CSV des adhérents', MAX_CSV_BYTES);
  if (problem?.code === 'ENOENT') return { problem: `Fichier introuvable : ${path}.` };
  if (problem?.code === 'EISDIR') return { problem: `${path} est un répertoire : indiquez le fichier CSV.` };
  if (problem) return { problem: problem.message };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { problem: `Impossible de lire ${path} (${systemErrorText(error)}).` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      problem: `${path} n’est pas encodé en UTF-8 : dans le tableur, enregistrez-le en « CSV UTF-8 » (Excel) ou choisissez le jeu de caractères « Unicode (UTF-8) » (LibreOffice).`,
    };
  }
}
