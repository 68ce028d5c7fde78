// What the reading of a projet de santé changes in a dossier: one entry per answer (changed, the
// same, not found, kept because the DOCX is empty or still « À COMPLÉTER »), and the partners and
// adhérents compared. Pure: the dossier's data and the reading in, the plan out.
import { MONTHS, readDate, toIsoDate } from '../../core/dates.js';
import { textParagraphs } from '../../documents/escape.js';
import { question, questions, questionsWithRole } from '../../trame/index.js';
import type { AnswerValue } from '../../dossier/edit.js';
import { foldKey } from './fold.js';
import type { Reading } from './match.js';
import { LIEUX, PARTENAIRES, type ConsultationRow } from './tables.js';
import { ANSWERS } from './phrases.js';

export type Status =
  /** The DOCX says something else: the dossier takes it. */
  | 'changed'
  /** The same text (line wrapping, apostrophes and spaces aside). */
  | 'same'
  /** The question is not in the DOCX. */
  | 'missing'
  /** Empty in the DOCX, written in the dossier: not erased. */
  | 'kept-empty'
  /** « À COMPLÉTER » in the DOCX, written in the dossier: not overwritten. */
  | 'kept-placeholder'
  /** « À COMPLÉTER » in the DOCX and in the dossier (or nothing there). */
  | 'placeholder'
  /** A value the dossier cannot take as it is (a date not understood). */
  | 'unreadable';

export interface PlanEntry {
  path: string;
  label: string;
  status: Status;
  /** The value to write (status changed). */
  value?: AnswerValue;
  /** Written as a literal block (free text). */
  block?: boolean;
  /** A detail for the report (French). */
  detail?: string;
  /** The DOCX had an answer here (not empty, not « À COMPLÉTER »). */
  given?: boolean;
}

export interface Comparison {
  /** Differences, in French, one per line; empty when the lists agree. */
  differences: string[];
  /** How many the DOCX lists. */
  count: number;
}

export interface Plan {
  entries: PlanEntry[];
  partenaires?: Comparison;
  adherents?: Comparison;
}

type Obj = Record<string, unknown>;
const valueAt = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' && !Array.isArray(o) ? (o as Obj)[k] : undefined), data);
const asText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const PLACEHOLDER = 'acompleter';
/** What ess prints for an answer left empty: no answer. */
const EMPTY_WORDS = new Set(['', 'nonrenseigne', 'sansobjet']);

export const isPlaceholder = (text: string): boolean => foldKey(text) === PLACEHOLDER;
const isEmpty = (text: string): boolean => EMPTY_WORDS.has(foldKey(text));

/** Text as a document shows it: paragraphs, lines wrapped as spaces, typographic marks aside. */
export function comparable(text: string): string {
  return textParagraphs(text)
    .map((lines) => lines.map((l, i) => (i === 0 ? '' : l.breakBefore ? '\n' : ' ') + l.text).join(''))
    .join('\n\n')
    .replace(/[’‘‛ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/…/g, '...')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([;:!?»])/g, '$1')
    .replace(/« /g, '«')
    .trim();
}

export const sameText = (a: string, b: string): boolean => comparable(a) === comparable(b);

const labelOf = (path: string): string => (questions.some((q) => q.path === path) ? question(path).label : path);

/** One text answer: the DOCX's text against the dossier's. */
function textEntry(path: string, docx: string | undefined, current: unknown, block: boolean): PlanEntry {
  const label = labelOf(path);
  const now = asText(current);
  const written = now.trim() !== '' && !isPlaceholder(now);
  if (docx === undefined) return { path, label, status: 'missing' };
  if (isPlaceholder(docx)) return { path, label, status: written ? 'kept-placeholder' : 'placeholder' };
  if (isEmpty(docx)) return { path, label, status: written ? 'kept-empty' : 'same' };
  if (written && sameText(docx, now)) return { path, label, status: 'same', given: true };
  const paragraphs = textParagraphs(docx).length;
  return { path, label, status: 'changed', value: docx, block, detail: block ? `${paragraphs} paragraphe${paragraphs > 1 ? 's' : ''}` : undefined };
}

function listEntry(path: string, items: string[] | undefined, current: unknown): PlanEntry {
  const label = labelOf(path);
  if (items === undefined) return { path, label, status: 'missing' };
  const now = (Array.isArray(current) ? current : []).map(asText).filter((t) => t.trim() !== '' && !isPlaceholder(t));
  const given = items.filter((t) => !isEmpty(t));
  if (given.length > 0 && given.every(isPlaceholder)) return { path, label, status: now.length > 0 ? 'kept-placeholder' : 'placeholder' };
  if (given.length === 0) return { path, label, status: now.length > 0 ? 'kept-empty' : 'same' };
  if (given.length === now.length && given.every((t, i) => sameText(t, now[i]!))) return { path, label, status: 'same', given: true };
  return { path, label, status: 'changed', value: given, detail: `${given.length} ligne${given.length > 1 ? 's' : ''}` };
}

/** « 1er mars 2027 », « 1 mars 2027 », « 01/03/2027 », « 2027-03-01 » → ISO. */
export function parseFrenchDate(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/^le\s+/, '');
  const reading = readDate(t);
  if (reading) return 'iso' in reading ? reading.iso : undefined;
  const m = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => foldKey(name) === foldKey(m[2]!));
  if (month < 0) return undefined;
  const iso = toIsoDate(`${m[1]!.padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/${m[3]}`);
  return iso;
}

function dateEntry(path: string, docx: string, current: unknown): PlanEntry {
  const label = labelOf(path);
  const now = toIsoDate(current instanceof Date ? current : asText(current));
  if (isPlaceholder(docx)) return { path, label, status: now ? 'kept-placeholder' : 'placeholder' };
  if (isEmpty(docx) || docx.trim() === '—') return { path, label, status: now ? 'kept-empty' : 'same' };
  const iso = parseFrenchDate(docx);
  if (!iso) return { path, label, status: 'unreadable', detail: `date « ${docx} » non comprise (écrivez-la JJ/MM/AAAA ou « 1er mars 2027 »)` };
  if (iso === now) return { path, label, status: 'same', given: true };
  return { path, label, status: 'changed', value: iso, detail: iso };
}

/** The lieu as ess prints it: « Saint-Palais (64120) — MSP de Saint-Palais ». */
const lieuOf = (l: Obj): string => {
  const commune = asText(l.commune).trim();
  const cp = asText(l.code_postal).trim();
  return [[commune, cp && `(${cp})`].filter(Boolean).join(' '), asText(l.structure).trim()].filter(Boolean).join(' — ');
};

/** A lieu written in the DOCX, back to its parts: ess's own form, or « Structure, 64120 Commune ». */
export function parseLieu(text: string): { commune: string; code_postal: string; structure: string } {
  const ours = /^(.*?)\s*\((\d{5})\)\s*(?:[—–-]\s*(.*))?$/u.exec(text.trim());
  if (ours) return { commune: ours[1]!.trim(), code_postal: ours[2]!, structure: (ours[3] ?? '').trim() };
  const parts = text.split(/\s+[—–-]\s+|,\s*/u).map((p) => p.trim()).filter(Boolean);
  const withCp = parts.findIndex((p) => /\b\d{5}\b/.test(p));
  if (withCp >= 0) {
    const cp = /\b(\d{5})\b/.exec(parts[withCp]!)![1]!;
    const commune = parts[withCp]!.replace(cp, '').replace(/[()]/g, '').trim();
    const rest = parts.filter((_, i) => i !== withCp);
    return commune ? { commune, code_postal: cp, structure: rest.join(', ') } : { commune: rest[0] ?? '', code_postal: cp, structure: rest.slice(1).join(', ') };
  }
  return { commune: parts[0] ?? text.trim(), code_postal: '', structure: parts.slice(1).join(', ') };
}

function consultationsEntry(rows: ConsultationRow[], current: unknown): PlanEntry {
  const path = LIEUX;
  const label = labelOf(path);
  const now = (Array.isArray(current) ? current : []).filter((l): l is Obj => !!l && typeof l === 'object');
  const given = rows.filter((r) => !isPlaceholder(r.lieu) && r.lieu.trim() !== '');
  if (given.length === 0) return { path, label, status: now.length > 0 ? 'kept-empty' : 'same' };
  const same =
    given.length === now.length &&
    given.every((r, i) => sameText(r.lieu, lieuOf(now[i]!)) && Object.entries(r.answers).every(([key, text]) => sameText(text, asText(now[i]![key]))));
  if (same) return { path, label, status: 'same', given: true };
  const value = given.map((r) => {
    const known = now.find((l) => sameText(lieuOf(l), r.lieu));
    // A lieu the dossier already has keeps its other answers (département…).
    return { ...(known ?? parseLieu(r.lieu)), ...r.answers };
  });
  return { path, label, status: 'changed', value, detail: `${value.length} lieu${value.length > 1 ? 'x' : ''}` };
}

function comparePartenaires(rows: NonNullable<Reading['partenaires']>, current: unknown): Comparison {
  const now = (Array.isArray(current) ? current : []).filter((p): p is Obj => !!p && typeof p === 'object');
  const differences: string[] = [];
  const byName = new Map(now.map((p) => [foldKey(asText(p.nom)), p]));
  const seen = new Set<string>();
  for (const row of rows) {
    const key = foldKey(row.nom);
    seen.add(key);
    const known = byName.get(key);
    if (!known) differences.push(`« ${row.nom} » est dans le DOCX, pas dans le dossier`);
    else if (Object.entries(row.answers).some(([key, text]) => !sameText(text, asText(known[key])) && !isPlaceholder(text)))
      differences.push(`« ${row.nom} » : la coopération écrite dans le DOCX diffère de celle du dossier`);
  }
  for (const p of now) if (!seen.has(foldKey(asText(p.nom)))) differences.push(`« ${asText(p.nom)} » est dans le dossier, pas dans le DOCX`);
  return { differences, count: rows.length };
}

function compareAdherents(rows: NonNullable<Reading['adherents']>, current: unknown): Comparison {
  const now = (Array.isArray(current) ? current : []).filter((a): a is Obj => !!a && typeof a === 'object');
  const differences: string[] = [];
  const byRpps = new Map(now.map((a) => [asText(a.rpps).replace(/\s/g, ''), a]));
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.rpps);
    const known = byRpps.get(row.rpps);
    if (!known) differences.push(`${row.nomPrenom || '(sans nom)'} (RPPS ${row.rpps || 'absent'}) est dans le DOCX, pas dans le dossier`);
    else {
      const name = [asText(known.nom), asText(known.prenom)].filter(Boolean).join(', ');
      if (foldKey(name) !== foldKey(row.nomPrenom)) differences.push(`RPPS ${row.rpps} : « ${row.nomPrenom} » dans le DOCX, « ${name} » dans le dossier`);
    }
  }
  for (const a of now) {
    const rpps = asText(a.rpps).replace(/\s/g, '');
    if (!seen.has(rpps)) differences.push(`${[asText(a.nom), asText(a.prenom)].filter(Boolean).join(', ')} (RPPS ${rpps}) est dans le dossier, pas dans le DOCX`);
  }
  return { differences, count: rows.length };
}

/** The ESS's qualitative indicators, read from the trame's indicators table (match.ts). */
const qualitatifs = (): string => questionsWithRole('indicateur-qualitatif')[0]!.path;

export function planImport(reading: Reading, dossier: unknown): Plan {
  const entries: PlanEntry[] = [];
  for (const a of ANSWERS) {
    const found = reading.answers.get(a.path);
    const current = valueAt(dossier, a.path);
    // Printed only when answered: not reported « non trouvée » when the dossier has no answer either.
    if (!found && a.ifAnswered && (current === undefined || current === '' || (Array.isArray(current) && current.length === 0))) continue;
    entries.push(a.list ? listEntry(a.path, found?.items, current) : textEntry(a.path, found?.text, current, true));
  }
  if (reading.qualitatifs) entries.push(listEntry(qualitatifs(), reading.qualitatifs, valueAt(dossier, qualitatifs())));
  for (const cell of (reading.deploiement ?? []).flatMap((row) => row.cells)) {
    const current = valueAt(dossier, cell.path);
    entries.push(question(cell.path).kind === 'date' ? dateEntry(cell.path, cell.text, current) : textEntry(cell.path, cell.text, current, false));
  }
  if (reading.consultations) entries.push(consultationsEntry(reading.consultations, valueAt(dossier, 'missions.consultations_avancees.lieux')));
  return {
    entries,
    partenaires: reading.partenaires ? comparePartenaires(reading.partenaires, valueAt(dossier, PARTENAIRES)) : undefined,
    adherents: reading.adherents ? compareAdherents(reading.adherents, valueAt(dossier, 'adherents')) : undefined,
  };
}
