// The answers still to write, for the human output (eligibility-rules.md, « Output contract »):
// when many `a-completer` findings say the same thing, they are shown as one block, placed by the
// trame's section and question, instead of as many long lines repeating one explanation.
import type { Finding, Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import { NOT_ASKED } from '../trame/conditions.js';
import { fromPointer } from '../core/json-pointer.js';
import { questions, type Question } from '../trame/index.js';

export interface AnswerToWrite {
  /** The finding it stands for (its position is where the answer goes). */
  finding: Finding;
  /** « 1. Identification de l’ESS ». */
  section: string;
  /** The question in the trame's words, with the groups that tell it apart (« Contact du référent de l'ESS › Courriel »). */
  question: string;
  /** The question's rank in the trame: the block follows the trame's order. */
  rank: number;
}

const ITEM = /^\d+$/;

/** Does a question's pointer pattern (`/partenaires/*\/nom`) match these segments (a prefix of them when `prefix`)? */
function matches(pattern: string[], segments: string[], prefix: boolean): boolean {
  if (prefix ? pattern.length > segments.length : pattern.length !== segments.length) return false;
  return pattern.every((p, i) => (p === '*' ? ITEM.test(segments[i]!) : p === segments[i]));
}

const patterns = questions.map((q) => ({ q, segments: fromPointer(q.pointer) }));

/** The trame's question a pointer is about: its own, else the deepest one holding it (a list's item). */
function questionAt(pointer: string): Question | undefined {
  const segments = fromPointer(pointer);
  let best: { q: Question; segments: string[] } | undefined;
  for (const entry of patterns) {
    if (!matches(entry.segments, segments, true)) continue;
    if (!best || entry.segments.length > best.segments.length) best = entry;
  }
  return best?.q;
}

/** « 4. Liste des partenaires du projet » reads « Liste des partenaires du projet » inside a line. */
const unnumbered = (label: string) => label.replace(/^(?:Annexe \d+ ?:|\d+(?:\.\d+)*\.)\s*/, '');

export function sectionName(section: Question['section']): string {
  if (!section.numero) return section.titre;
  return /^\d/.test(section.numero) ? `${section.numero}. ${section.titre}` : `${section.numero} : ${section.titre}`;
}

/** The question's words, preceded by the groups that hold it (a person, a mission's row), and the item's number in a list. */
function questionName(q: Question, pointer: string): string {
  const segments = fromPointer(q.pointer);
  const holders = patterns
    .filter((p) => (p.q.kind === 'groupe' || p.q.kind === 'personne') && p.segments.length < segments.length && matches(p.segments, segments, true))
    .map((p) => unnumbered(p.q.label));
  const items = fromPointer(pointer).filter((s) => ITEM.test(s)).map((s) => `n° ${Number(s) + 1}`);
  return [...holders, unnumbered(q.label)].join(' › ') + (items.length > 0 ? `, ${items.join(', ')}` : '');
}

/** Required at the stage: the question itself, or a required group holding it (the appui d'expertise). */
function requiredAt(q: Question, stage: Stage): boolean {
  if (q.required[stage]) return true;
  const segments = fromPointer(q.pointer);
  return patterns.some((p) => p.q.kind === 'groupe' && p.q.required[stage] && p.segments.length < segments.length && matches(p.segments, segments, true));
}

/**
 * The `a-completer` findings about an answer the stage asks for (`due`: the stage's own, or, at
 * the lettre stage, those only the projet asks for), placed in the trame. Every other finding
 * keeps its own line: a placeholder where no answer is asked (a SIRET en création), an optional
 * answer, a whole missing part.
 */
export function answersToWrite(findings: readonly Finding[], dossier: Dossier | undefined, stage: Stage, due: 'now' | 'later' = 'now'): AnswerToWrite[] {
  const out: AnswerToWrite[] = [];
  if (!dossier) return out;
  for (const finding of findings) {
    if (finding.rule !== 'a-completer') continue;
    const q = questionAt(finding.path);
    if (!q) continue;
    const asked = due === 'now' ? requiredAt(q, stage) : stage === 'lettre' && !requiredAt(q, stage) && requiredAt(q, 'projet');
    if (!asked || (q.when && NOT_ASKED[q.when]?.now(dossier))) continue;
    out.push({ finding, section: sectionName(q.section), question: questionName(q, finding.path), rank: questions.indexOf(q) });
  }
  return out.sort((a, b) => a.rank - b.rank || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
}

/** The answers of each section, in the trame's order. */
export function bySection(answers: readonly AnswerToWrite[]): Array<{ section: string; answers: AnswerToWrite[] }> {
  const sections = new Map<string, AnswerToWrite[]>();
  for (const a of answers) sections.set(a.section, [...(sections.get(a.section) ?? []), a]);
  return [...sections].map(([section, list]) => ({ section, answers: list }));
}
