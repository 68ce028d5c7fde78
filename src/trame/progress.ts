// How far a dossier is, per stage: of the answers the stage requires (the trame's definition),
// how many are given. One count for every reader (`check`, the completer, the wizard), so that
// they never disagree. A list of items counts each item's required answers; a required group
// (the appui d'expertise) counts once, given when one of its answers is; a question under an
// optional group counts only once that group is there; `when` conditions apply.
import type { Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import { escapeSegment } from '../core/json-pointer.js';
import { formatNumber } from '../core/text.js';
import { isAnswered, valueAt } from '../rules/values.js';
import { condition } from './conditions.js';
import { bindYear, isYearly, questions, type Question } from './index.js';

export interface Progress {
  stage: Stage;
  /** Required answers given (not empty, not « À COMPLÉTER »). */
  answered: number;
  /** Required answers at this stage. */
  total: number;
  /** Concrete JSON pointers of the required answers still to give, in the trame's order. */
  missing: string[];
}

const within = (q: Question, group: Question) => q.pointer.startsWith(`${group.pointer}/`);

/** The questions counted: answers themselves, not the groups or lists that hold them (a required group counts once). */
function counted(stage: Stage): Question[] {
  const groups = questions.filter((g) => g.kind === 'groupe' && g.required[stage]);
  return questions.filter((q) => {
    if (!q.required[stage] || q.kind === 'personne') return false;
    if (groups.some((g) => within(q, g))) return false;
    if (q.kind === 'liste' && questions.some((c) => c.pointer.startsWith(`${q.pointer}/*/`))) return false;
    return q.kind !== 'groupe' || groups.includes(q);
  });
}

/** Every concrete pointer of a pattern (`*`: each item of a list present in the data). */
function concrete(data: unknown, pattern: string): string[] {
  let pointers = [''];
  for (const seg of pattern.split('/').slice(1)) {
    pointers = seg === '*' ? pointers.flatMap((p) => { const list = valueAt(data, p); return Array.isArray(list) ? list.map((_, i) => `${p}/${i}`) : []; }) : pointers.map((p) => `${p}/${escapeSegment(seg)}`);
  }
  return pointers;
}

function given(data: unknown, q: Question, pointer: string): boolean {
  const value = valueAt(data, pointer);
  if (q.kind !== 'groupe') return Array.isArray(value) ? value.some(isAnswered) : isAnswered(value);
  return questions.filter((c) => within(c, q)).some((c) => isAnswered(valueAt(value, c.pointer.slice(q.pointer.length))));
}

/**
 * At the stage `rapport`, the answers of the year `annee` (`activite.{annee}…` bound to it); a
 * year without its section counts all of its answers as missing.
 */
export function progress(dossier: Dossier, stage: Stage, annee?: string): Progress {
  const optionalGroups = questions.filter((g) => g.optional && g.kind === 'groupe');
  const bind = (pattern: string) => (annee ? bindYear(pattern, annee) : pattern);
  // A question under a conditional group (the optional mission's row of the report) follows its condition.
  const conditional = questions.filter((g) => g.when);
  let total = 0;
  const missing: string[] = [];
  for (const q of counted(stage)) {
    if (isYearly(q.pointer) && !annee) continue;
    if ([q, ...conditional.filter((g) => within(q, g))].some((c) => c.when && !condition(c.when)(dossier))) continue;
    if (optionalGroups.some((g) => within(q, g) && valueAt(dossier, bind(g.pointer)) == null)) continue;
    for (const pointer of concrete(dossier, bind(q.pointer))) {
      total++;
      if (!given(dossier, q, pointer)) missing.push(pointer);
    }
  }
  return { stage, answered: total - missing.length, total, missing };
}

const STAGE_WORDS: Record<Stage, string> = { lettre: 'la lettre d’intention', projet: 'le projet de santé', rapport: 'le rapport d’activité' };

/** « pour le projet de santé »: the stage in words, as a sentence says it. */
export function stageWords(stage: Stage): string {
  return STAGE_WORDS[stage];
}

/** The progress in the words of eligibility-rules.md: « 38 réponses rédigées sur 55 pour le projet de santé ». */
export function progressText({ stage, answered, total }: Progress): string {
  return `${formatNumber(answered)} ${answered > 1 ? 'réponses rédigées' : 'réponse rédigée'} sur ${formatNumber(total)} pour ${stageWords(stage)}`;
}
