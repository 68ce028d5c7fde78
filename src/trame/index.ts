// The trame's definition: every question of the trame type, read once from the `x-ess`
// annotations of schemas/dossier.schema.json (the schema already carries the trame's words),
// collected at build time into src/generated/trame.js (collect.ts).
// Everything that needs to know a question (the skeleton of `init`, the wizard, the requirements
// of a-completer, the progress count, the templates' questions, the words `ess importer` finds
// them by in a DOCX) derives from this list, so that a question is written in one place: its
// schema node.
import type { Stage } from '../core/findings.js';
import definition from '../generated/trame.js';

export type { Stage };

export { YEAR_SEGMENT, bindYear, isYearly } from './year.js';

export type QuestionKind = 'texte' | 'texte-long' | 'date' | 'nombre' | 'liste' | 'choix' | 'personne' | 'groupe';

export interface Question {
  /** Dotted, e.g. 'diagnostic.etat_sante' ('*' for list items). */
  path: string;
  /** JSON pointer pattern, e.g. '/diagnostic/etat_sante' ('*' for list items). */
  pointer: string;
  /** The question's short name (wizard, `ess completer`, reports; the documents where it has no `printed` words). */
  label: string;
  /**
   * The trame's full question, as the projet de santé prints it above the answer (a heading of its
   * own): `{{question}}` prints it, and `ess importer` reads the answer under it (or `variants`).
   */
  printed?: string;
  /** The trame's examples, printed after the question on its line (`{{examples}}`; the importer reads them as part of the question). */
  examples?: string;
  /** Other ways the question is written, under which `ess importer` also finds it: the trame type's typos and older wordings, a porteur's usual variants. */
  variants?: string[];
  /** The documents print the question only when it has an answer (the importer does not miss it otherwise). */
  printedIfAnswered?: boolean;
  /** The trame's help (wizard, completer). */
  help?: string;
  kind: QuestionKind;
  section: { numero: string; titre: string };
  /** Severity when missing, per stage (a stage absent: not required there). */
  required: Partial<Record<Stage, 'error' | 'warning'>>;
  /** May be left empty or removed at every stage (dossier-format.md, « Optional answers »). */
  optional: boolean;
  /** Ids of the registry's documents that print it. */
  documents: string[];
  /** A group some rules (or the importer, the wizard, `ess effectifs`) select by role (e.g. 'mission-socle', 'territoire-medecins'), never by key. */
  role?: string;
  /** What the rule that selects it by role says when it is missing (French, a finding's message). */
  missing?: string;
  /** Required only when this named condition holds (trame/conditions.ts). */
  when?: string;
  /** The rule that reports it missing instead of a-completer, with a better message (per stage, or every stage). */
  reportedBy?: string | Partial<Record<Stage, string>>;
  /** What `ess init` writes for it (default: required → « À COMPLÉTER », optional → "" or [], else absent; a group: its answers). */
  init?: InitSpec;
  /** How the wizard asks it (absent: not asked on its own; see wizard/). */
  ask?: AskSpec;
  /** A choice's values and their words (the schema's enum and enumDescriptions), for the documents. */
  choices?: Array<{ id: string; label: string }>;
  /** The national or regional indicator of the trame (src/referentiels/indicateurs.json) this answer gives the value of. */
  indicateur?: IndicatorSpec;
}

/** Where an answer of the year goes in the rapport's tables of indicators. */
export interface IndicatorSpec {
  /** The indicator's id in the referential. */
  id: string;
  /** How the answer is printed, `{}` standing for it (default `{}`); the answers of one indicator are joined by a space. */
  valeur?: string;
}

export type InitSpec = 'a-completer' | 'vide' | 'absent';

/** How the wizard asks a question. */
export interface AskSpec {
  /** The wizard's section that asks it (its review shows it). */
  section?: string;
  /** The value check beyond the kind: courriel, telephone, code_postal, siret, rpps. */
  check?: string;
  /** The words of its line in the wizard's review, when they are not its label (« Projet de santé signé à »). */
  review?: string;
}

/** The `x-ess` annotation of a schema node, as written in the schema. */
export interface XEss {
  section?: { numero: string; titre: string };
  kind?: QuestionKind;
  label?: string;
  printed?: string;
  examples?: string;
  variants?: string[];
  printedIfAnswered?: boolean;
  required?: Partial<Record<Stage, 'error' | 'warning'>>;
  optional?: boolean;
  documents?: string[];
  role?: string;
  missing?: string;
  when?: string;
  reportedBy?: Question['reportedBy'];
  init?: InitSpec;
  ask?: AskSpec;
  /** Guidance of ours that `ess init` writes as a comment above the key (how to fill what the wizard does not ask). */
  note?: string;
  /** How `ess init` lays a list out: `flow` on one line, `flow-items` one item per line. */
  yaml?: 'flow' | 'flow-items';
  indicateur?: IndicatorSpec;
}

/**
 * Every question of the trame, in the trame's order: collected from the schema at build time
 * (scripts/build.mjs runs collect.ts), so that start-up does not walk the schema.
 */
export const questions: readonly Question[] = definition;
const byPath = new Map(questions.map((q) => [q.path, q]));

/** The question at a dotted path; throws on an unknown path (a template typo fails the build). */
export function question(path: string): Question {
  const found = byPath.get(path);
  if (!found) throw new Error(`Question inconnue de la trame : « ${path} » (voir les annotations x-ess de schemas/dossier.schema.json).`);
  return found;
}

/** The questions of a role (e.g. 'mission-socle'), in the trame's order. */
export function questionsWithRole(role: string): Question[] {
  return questions.filter((q) => q.role === role);
}

/**
 * The one question of a role (e.g. 'territoire-medecins'): how code that must know which answer
 * holds a figure (the wizard's dialogue, `ess effectifs`' hint) finds it without naming its key.
 */
export function questionWithRole(role: string): Question {
  const found = questionsWithRole(role);
  if (found.length !== 1) throw new Error(`Rôle « ${role} » : ${found.length} questions de la trame (une attendue, voir les annotations x-ess de schemas/dossier.schema.json).`);
  return found[0]!;
}

/** The questions a document prints. */
export function questionsOf(documentId: string): Question[] {
  return questions.filter((q) => q.documents.includes(documentId));
}
