// What `ess completer` asks: each answer still missing or holding « À COMPLÉTER » for the stage, in
// the trame's order. The same tests as `check` decide it, so that the two never disagree: the
// answers the stage requires come from the a-completer rule's requirements and the progress count
// (src/rules/required.ts, src/trame/progress.ts), a placeholder is `isPlaceholder`, and one that the
// a-completer rule would only report as due later (outside the lettre at the lettre stage), or as
// not asked of this dossier, is not asked.
import type { Stage } from '../core/findings.js';
import { fromPointer } from '../core/json-pointer.js';
import type { Dossier } from '../generated/dossier.js';
import { LETTRE_SCOPE, REQUIRED, underPattern } from '../rules/required.js';
import { eachString, isAnswered, isEmpty, isPlaceholder, valueAt } from '../rules/values.js';
import { NOT_ASKED } from '../trame/conditions.js';
import { questions, type Question } from '../trame/index.js';
import { progress } from '../trame/progress.js';

/** One thing to ask: an answer (or a whole list, asked by its dialogue) at a concrete pointer. */
export interface Step {
  pointer: string;
  question: Question;
}

const order = new Map(questions.map((q, i) => [q, i]));
const hasItems = (q: Question) => questions.some((c) => c.pointer.startsWith(`${q.pointer}/*/`));
const depth = (pointer: string) => pointer.split('/').length;

/** The question of a concrete pointer, or of its nearest ancestor that is one (an item of a list of texts). */
export function questionOf(pointer: string): Question | undefined {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const q = questions.find((x) => depth(x.pointer) === depth(p) && underPattern(p, x.pointer));
    if (q) return q;
  }
  return undefined;
}

/** A list of items (partners, adhérents) that the wizard asks with a dialogue of its own, one item at a time. */
export const isDialogueList = (q: Question) => q.kind === 'liste' && hasItems(q) && q.ask?.section !== undefined;

/** The list (partners, adhérents) an item belongs to, when that item holds no answer at all yet (the skeleton's). */
function blankItemList(data: unknown, pointer: string): Question | undefined {
  const segs = fromPointer(pointer);
  const list = questions.find((q) => isDialogueList(q) && depth(q.pointer) === 2 && `/${segs[0]}` === q.pointer);
  if (!list || segs.length < 2 || !/^\d+$/.test(segs[1]!)) return undefined;
  const item = valueAt(data, `${list.pointer}/${segs[1]}`);
  if (item === null || typeof item !== 'object') return list;
  return Object.values(item).some(isAnswered) ? undefined : list;
}

/** The steps of one pointer found missing: a group stands for its answers, a blank item for its list's dialogue. */
function stepsOf(data: unknown, pointer: string): Step[] {
  const blank = blankItemList(data, pointer);
  if (blank) return [{ pointer: blank.pointer, question: blank }];
  const q = questionOf(pointer);
  if (!q) return [];
  if (q.kind === 'groupe' || q.kind === 'personne') {
    return questions
      .filter((c) => c.pointer.startsWith(`${q.pointer}/`) && c.kind !== 'groupe' && c.kind !== 'personne')
      .map((c) => `${pointer}${c.pointer.slice(q.pointer.length)}`)
      .filter((p) => !isAnswered(valueAt(data, p)))
      .flatMap((p) => stepsOf(data, p));
  }
  // An item of a list of texts (a département, an indicator) is asked with its list.
  const at = depth(q.pointer) < depth(pointer) ? pointer.split('/').slice(0, depth(q.pointer)).join('/') : pointer;
  if (q.kind === 'liste' && hasItems(q) && !isDialogueList(q)) return [];
  return [{ pointer: at, question: q }];
}

/** Why a placeholder there is one that the a-completer rule says to remove (its question is not asked of this dossier). */
function notAskedWhy(dossier: Dossier, pointer: string): string | undefined {
  const q = questions.find((x) => x.when && depth(x.pointer) === depth(pointer) && underPattern(pointer, x.pointer));
  const rule = q?.when ? NOT_ASKED[q.when] : undefined;
  return rule?.now(dossier) ? rule.why : undefined;
}
const notAsked = (dossier: Dossier, pointer: string) => notAskedWhy(dossier, pointer) !== undefined;

/** The placeholders of answers not asked of this dossier (a SIRET while en création), with why: they are removed, not answered. */
export function notAskedPlaceholders(data: unknown): Array<{ pointer: string; why: string }> {
  const found: Array<{ pointer: string; why: string }> = [];
  eachString(data, (pointer, value) => {
    const why = isPlaceholder(value) ? notAskedWhy(data as Dossier, pointer) : undefined;
    if (why) found.push({ pointer, why });
  });
  return found;
}

/** Numeric segments compared as numbers: the 10th partner comes after the 9th. */
function comparePointers(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const [m, n] = [Number(x[i]), Number(y[i])];
    if (Number.isInteger(m) && Number.isInteger(n)) return m - n;
    return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/** Every step still to answer for the stage, in the trame's order (items in list order). */
export function plan(data: unknown, stage: Stage): Step[] {
  const dossier = data as Dossier;
  const found: string[] = [...progress(dossier, stage).missing];
  // The requirements of a-completer: a required list left empty (no partner at all) is asked too.
  for (const requirement of REQUIRED) {
    if (!requirement.stages.includes(stage) || (requirement.when && !requirement.when(dossier))) continue;
    if (requirement.pointer.includes('*')) continue;
    const missing = requirement.isMissing ?? isEmpty;
    if (missing(valueAt(data, requirement.pointer))) found.push(requirement.pointer);
  }
  // Placeholders that a-completer reports as due at this stage.
  const due = (pointer: string) => stage !== 'lettre' || LETTRE_SCOPE.some((scope) => underPattern(pointer, scope));
  eachString(data, (pointer, value) => {
    if (isPlaceholder(value) && due(pointer) && !notAsked(dossier, pointer)) found.push(pointer);
  });
  const steps = new Map<string, Step>();
  for (const pointer of found) for (const step of stepsOf(data, pointer)) if (!steps.has(step.pointer)) steps.set(step.pointer, step);
  // A whole list asked by its dialogue covers the answers of its items.
  const lists = [...steps.values()].filter((s) => s.question.kind === 'liste').map((s) => s.pointer);
  return [...steps.values()]
    .filter((s) => !lists.some((l) => s.pointer.startsWith(`${l}/`)))
    .sort((a, b) => order.get(a.question)! - order.get(b.question)! || comparePointers(a.pointer, b.pointer));
}
