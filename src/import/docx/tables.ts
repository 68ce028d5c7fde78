// The trame's tables in a projet de santé, read by their header row: the plan de déploiement, the
// places of the consultations avancées, the indicators (the ESS's qualitative ones), the partners
// and the adhérents (compared only), the composition. Pure. The answers a table's columns hold come
// from the trame's definition: each is the row's question whose label has the header's words.
import { questions, type Question } from '../../trame/index.js';
import { foldKey } from './fold.js';
import type { Reading } from './match.js';
import type { Paragraph, Table } from './wordml.js';

/** A cell of a trame table that holds an answer: the answer's dotted path and the cell's text. */
export interface Cell {
  path: string;
  text: string;
}

/** The plan de déploiement (trame §8): a row per mission, each holding that mission's answers. */
export const DEPLOIEMENT = 'deploiement.missions';
/** The places of the consultations avancées (trame §5.2), one row each. */
export const LIEUX = 'missions.consultations_avancees.lieux';
/** The partners' tables (trame §4), one per rubrique. */
export const PARTENAIRES = 'partenaires';

export interface DeploiementRow {
  /** The mission's key under deploiement.missions. */
  key: 'structuration_second_recours' | 'avis_specialise' | 'consultations_avancees';
  cells: Cell[];
}

export interface ConsultationRow {
  /** The place as written: commune, code postal, structure (plan.ts reads it back to its answers). */
  lieu: string;
  /** The place's other answers, by their key (the place's answers are a list item's). */
  answers: Record<string, string>;
}

export interface PartnerRow {
  nom: string;
  /** The partner's answers the table shows besides its name, by their key. */
  answers: Record<string, string>;
}

export interface AdherentRow {
  nomPrenom: string;
  specialite: string;
  rpps: string;
}

/** A list item's mark, typed or numbered, at the start of a line. */
export const BULLET = /^\s*(?:[-•·–—*▪◦●○]|\d{1,3}[.)])\s+/u;

/** A cell's lines (paragraphs, then their line breaks). */
const cellLines = (cell: Paragraph[]): string[] => cell.flatMap((p) => p.text.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
const cellText = (cell: Paragraph[] | undefined): string => (cell ? cellLines(cell).join('\n') : '');
const column = (header: string[], ...keys: string[]): number => header.findIndex((h) => keys.some((k) => h.includes(k)));

/**
 * A column of a trame table holding an answer: the words of its header (folded), which are also
 * in the label of the answer it holds (« Travaux envisagés », « Jour et nombre de vacations »);
 * of two labels with them, the one where they come first (« Coopérations envisagées », not
 * « Niveau de formalisation des coopérations »). The answer's key comes from the trame's
 * definition, not from here.
 */
const columnAnswers = new Map<string, Question>();
function columnAnswer(row: string, words: string): Question {
  const known = columnAnswers.get(`${row} ${words}`);
  if (known) return known;
  let found: Question | undefined;
  let first = Infinity;
  for (const q of questions) {
    if (!q.path.startsWith(`${row}.`) || q.path.slice(row.length + 1).includes('.')) continue;
    const at = foldKey(q.label).indexOf(words);
    if (at >= 0 && at < first) [found, first] = [q, at];
  }
  if (!found) throw new Error(`Aucune réponse de ${row} n’a « ${words} » dans son libellé (schemas/dossier.schema.json).`);
  columnAnswers.set(`${row} ${words}`, found);
  return found;
}
const leaf = (q: Question): string => q.path.slice(q.path.lastIndexOf('.') + 1);

// The columns of the trame's tables that hold answers, by the words of their header as the trame
// prints them (folded to compare).
/** The plan de déploiement's, after the mission: the work planned, the date of service. */
const DEPLOIEMENT_COLUMNS = ['Travaux envisagés', 'Date prévisionnelle'].map(foldKey);
/** The places', after the place itself: the first tells the table, the others may be absent. */
const LIEU_COLUMNS = ['vacation', 'Spécificité'].map(foldKey);
/** The partners' compared with the dossier (after the structure, which holds the name); it tells the table. */
const PARTNER_COLUMNS = ['Coopération'].map(foldKey);

export function readTable(table: Table, reading: Reading): 'composition' | 'known' | undefined {
  const [head, ...rows] = table.rows;
  if (!head) return undefined;
  const header = head.map((c) => foldKey(cellText(c)));
  const text = (row: Paragraph[][], i: number): string => (i < 0 ? '' : cellText(row[i]));
  const filled = (row: Paragraph[][]): boolean => row.some((c) => cellText(c) !== '');

  const deploiement = DEPLOIEMENT_COLUMNS.map((words) => ({ words, at: column(header, words) }));
  if (deploiement.every((c) => c.at >= 0)) {
    reading.deploiement = [];
    for (const row of rows) {
      const label = foldKey(text(row, 0));
      const key = label.startsWith('structuration')
        ? 'structuration_second_recours'
        : label.includes('avisspecialise')
          ? 'avis_specialise'
          : label.includes('consultationsavancees')
            ? 'consultations_avancees'
            : undefined;
      if (key)
        reading.deploiement.push({
          key,
          cells: deploiement.map((c) => ({ path: columnAnswer(`${DEPLOIEMENT}.${key}`, c.words).path, text: text(row, c.at).replace(/\n/g, ' ') })),
        });
    }
    return 'known';
  }
  const lieu = column(header, 'lieu');
  const lieuColumns = LIEU_COLUMNS.map((words) => ({ key: leaf(columnAnswer(`${LIEUX}.*`, words)), at: column(header, words) }));
  if (lieu >= 0 && lieuColumns[0]!.at >= 0) {
    reading.consultations = rows.filter(filled).map((row) => ({
      lieu: text(row, lieu).replace(/\n/g, ' '),
      answers: Object.fromEntries(lieuColumns.map((c) => [c.key, text(row, c.at).replace(/\n/g, ' ')])),
    }));
    return 'known';
  }
  if (column(header, 'indicateursnationaux') >= 0) {
    for (const row of rows) {
      for (const cell of row) {
        const lines = cellLines(cell);
        const at = lines.findIndex((l) => foldKey(l).startsWith('proposerunindicateurqualitatif'));
        if (at < 0) continue;
        const inline = lines[at]!.includes(':') ? lines[at]!.slice(lines[at]!.indexOf(':') + 1).trim() : '';
        reading.qualitatifs = [inline, ...lines.slice(at + 1)].map((l) => l.replace(BULLET, '').trim()).filter((l) => l !== '');
      }
    }
    return 'known';
  }
  const structure = column(header, 'structure');
  const partnerColumns = PARTNER_COLUMNS.map((words) => ({ key: leaf(columnAnswer(`${PARTENAIRES}.*`, words)), at: column(header, words) }));
  if (structure >= 0 && partnerColumns[0]!.at >= 0) {
    reading.partenaires ??= [];
    for (const row of rows.filter(filled)) {
      // ess prints the name in bold, then the type of structure on the next line.
      const nom = cellLines(row[structure] ?? [])[0] ?? '';
      reading.partenaires.push({ nom, answers: Object.fromEntries(partnerColumns.map((c) => [c.key, text(row, c.at).replace(/\n/g, ' ')])) });
    }
    return 'known';
  }
  const rpps = column(header, 'rpps');
  const nom = column(header, 'nomprenom', 'nom');
  if (rpps >= 0 && nom >= 0) {
    const specialite = column(header, 'specialite');
    reading.adherents = rows.filter(filled).map((row) => ({ nomPrenom: text(row, nom), specialite: text(row, specialite), rpps: text(row, rpps).replace(/\s/g, '') }));
    return 'known';
  }
  if (column(header, 'nombredemedecins') >= 0) return 'composition';
  if (column(header, 'signature') >= 0) return 'composition';
  return undefined;
}
