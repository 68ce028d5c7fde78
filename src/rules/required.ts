// Which answers each stage requires (a-completer), derived from the trame's definition
// (src/trame, the schema's `x-ess` annotations): JSON pointers, `*` for every item of a list.
// A question says per stage whether it is required and how severe its absence is; `reportedBy`
// leaves it to a rule with a better message (the SIRET, the préfecture date, the mission
// socle, the qualitative indicator); `when` names a true condition (trame/conditions.ts).
// A question under an optional group (the optional mission's deployment row) is required only
// once that group is there. A required group is missing when none of its answers is given (the
// appui d'expertise: « sous la forme de consultation ou téléexpertise », one of the two is enough).
import type { Stage } from '../core/findings.js';
import { DOCUMENTS } from '../documents/registry.js';
import { STAGES } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import { bindYear, isYearly, questions, YEAR_SEGMENT, type Question } from '../trame/index.js';
import { condition } from '../trame/conditions.js';
import { isEmpty, valueAt } from './values.js';

export interface Requirement {
  pointer: string;
  stages: readonly Stage[];
  /** Severity when missing, per stage. */
  severity: Partial<Record<Stage, 'error' | 'warning'>>;
  /** Required only when this holds (e.g. a row of the optional mission, once started); `annee` at the stage rapport. */
  when?: (dossier: Dossier, annee?: string) => boolean;
  /** What "missing" means for this answer (default: isEmpty). */
  isMissing?: (value: unknown) => boolean;
}

const reporter = (q: Question, stage: Stage): string | undefined => (typeof q.reportedBy === 'string' ? q.reportedBy : q.reportedBy?.[stage]);

/** The conditions of the groups above a question: a question under a conditional group is asked only when it holds. */
function ancestorConditions(q: Question): string[] {
  return questions.filter((o) => o.when && q.pointer.startsWith(`${o.pointer}/`)).map((o) => o.when!);
}

/** The optional groups above a question (not counting the question itself). */
function optionalAncestors(q: Question): string[] {
  return questions.filter((o) => o.optional && o.kind === 'groupe' && q.pointer.startsWith(`${o.pointer}/`)).map((o) => o.pointer);
}

function requirement(q: Question): Requirement | undefined {
  const stages = STAGES.filter((stage) => q.required[stage] && !reporter(q, stage));
  if (stages.length === 0) return undefined;
  const conditions: Array<(d: Dossier, annee?: string) => boolean> = [
    ...[...(q.when ? [q.when] : []), ...ancestorConditions(q)].map(condition),
    // Groups have no list item above them: their pointer is concrete once the year is bound.
    ...optionalAncestors(q).map((group) => (d: Dossier, annee?: string) => valueAt(d, annee ? bindYear(group, annee) : group) != null),
  ];
  const children = q.kind === 'groupe' ? questions.filter((c) => c.pointer.startsWith(`${q.pointer}/`)).map((c) => c.pointer.slice(q.pointer.length + 1)) : [];
  return {
    pointer: q.pointer,
    stages,
    severity: q.required,
    ...(conditions.length > 0 ? { when: (d: Dossier, annee?: string) => conditions.every((c) => c(d, annee)) } : {}),
    ...(children.length > 0 ? { isMissing: (v: unknown) => children.every((key) => isEmpty(valueAt(v, `/${key}`))) } : {}),
  };
}

export const REQUIRED: readonly Requirement[] = questions.flatMap((q) => requirement(q) ?? []);

/**
 * What the lettre d'intention prints, i.e. the documents of the `lettre` stage in the registry: their
 * answers are errors at that stage when missing or « À COMPLÉTER » (so that `render` never writes a
 * lettre that reads « À COMPLÉTER »); any other placeholder is a warning there, due for the projet.
 */
// The formulaires d'adhésion, at the lettre stage too, are not among them: a form prints a missing
// answer or a placeholder as a blank line to fill by hand (formulaires-adhesion/view.ts).
const lettreDocuments = new Set(DOCUMENTS.filter((d) => d.stage === 'lettre' && d.inAll !== false).map((d) => d.name));
export const LETTRE_SCOPE: readonly string[] = questions.filter((q) => q.documents.some((name) => lettreDocuments.has(name))).map((q) => q.pointer);

/**
 * What the rapport d'activité answers for: the year's answers and those the stage requires
 * (the ESS's name, the date of the projet); any other placeholder is a warning there.
 */
export const RAPPORT_SCOPE: readonly string[] = questions.filter((q) => isYearly(q.pointer) || q.required.rapport).map((q) => q.pointer);

/** Optional answers (dossier-format.md): a placeholder there may also simply be removed. */
export const OPTIONAL: readonly string[] = questions.filter((q) => q.optional).map((q) => q.pointer);

/** Does a concrete pointer fall under a pattern (`*` matches one list index), or below it? */
export function underPattern(pointer: string, pattern: string): boolean {
  const p = pointer.split('/');
  const q = pattern.split('/');
  if (p.length < q.length) return false;
  return q.every((seg, i) => seg === p[i] || (seg === '*' && /^\d+$/.test(p[i] ?? '')) || (seg === YEAR_SEGMENT && /^\d{4}$/.test(p[i] ?? '')));
}
