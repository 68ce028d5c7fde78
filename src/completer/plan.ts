// What `ess completer` asks: each answer still missing or holding « À COMPLÉTER » for the stage, in
// the trame's order. The same tests as `check` decide it, so that the two never disagree: the
// answers the stage requires come from the a-completer rule's requirements and the progress count
// (src/rules/required.ts, src/trame/progress.ts), a placeholder is `isPlaceholder`, and one that the
// a-completer rule would only report as due later (outside the lettre at the lettre stage), or as
// not asked of this dossier, is not asked. At the stage `rapport`, the year's answers (the year
// bound, as `check --etape rapport --annee AAAA` binds it), and each indicator the projet promised
// that the year does not report yet (rapport-indicateurs-projet's own list).
import type { Stage } from '../core/findings.js';
import { fromPointer } from '../core/json-pointer.js';
import type { Dossier } from '../generated/dossier.js';
import { placeholderScope } from '../rules/a-completer.js';
import { unreportedIndicators, type Unreported } from '../rules/rapport-indicateurs-projet.js';
import { REQUIRED, underPattern } from '../rules/required.js';
import { eachString, isAnswered, isEmpty, isPlaceholder, valueAt } from '../rules/values.js';
import { NOT_ASKED } from '../trame/conditions.js';
import { bindYear, isYearly, questions, type Question } from '../trame/index.js';
import { progress } from '../trame/progress.js';

/** One thing to ask: an answer (or a whole list, asked by its dialogue) at a concrete pointer. */
export interface Step {
  pointer: string;
  question: Question;
  /** An indicator the projet promised, asked with its value for the year: the step of the year's list (`pointer`) for that indicator. */
  promised?: Unreported;
}

/** What tells two steps apart: the pointer, and for the promised indicators of one list, the indicator. */
export const stepKey = (step: Step): string => (step.promised ? `${step.pointer}#${step.promised.indicateur}` : step.pointer);

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

/** The promised indicators not reported yet for the year, each a step of its list's question. */
function promisedSteps(dossier: Dossier, annee: string): Step[] {
  return unreportedIndicators(dossier, annee).flatMap((promised) => {
    const question = questions.find((q) => q.kind === 'liste' && isYearly(q.pointer) && q.pointer.endsWith(`/${promised.list.projet}`));
    return question ? [{ pointer: bindYear(question.pointer, annee), question, promised }] : [];
  });
}

/** Every step still to answer for the stage (at `rapport`, for the year `annee`), in the trame's order (items in list order). */
export function plan(data: unknown, stage: Stage, annee?: string): Step[] {
  const dossier = data as Dossier;
  const found: string[] = [...progress(dossier, stage, annee).missing];
  // The requirements of a-completer: a required list left empty (no partner at all) is asked too.
  for (const requirement of REQUIRED) {
    if (!requirement.stages.includes(stage) || (requirement.when && !requirement.when(dossier, annee))) continue;
    const pointer = annee ? bindYear(requirement.pointer, annee) : requirement.pointer;
    if (pointer.includes('*') || isYearly(pointer)) continue;
    const missing = requirement.isMissing ?? isEmpty;
    if (missing(valueAt(data, pointer))) found.push(pointer);
  }
  // Placeholders that a-completer reports as due at this stage (for this year).
  eachString(data, (pointer, value) => {
    if (isPlaceholder(value) && placeholderScope(pointer, stage, annee) === 'in' && !notAsked(dossier, pointer)) found.push(pointer);
  });
  const promised = stage === 'rapport' && annee ? promisedSteps(dossier, annee) : [];
  // A promised indicator's entry without its value is asked as that indicator.
  const covered = new Set(promised.flatMap(({ pointer, promised: p }) => (p!.index !== undefined ? [`${pointer}/${p!.index}/${p!.list.value}`] : [])));
  const steps = new Map<string, Step>();
  for (const pointer of found) for (const step of stepsOf(data, pointer)) if (!steps.has(step.pointer) && !covered.has(step.pointer)) steps.set(step.pointer, step);
  // A whole list asked by its dialogue covers the answers of its items.
  const lists = [...steps.values()].filter((s) => s.question.kind === 'liste').map((s) => s.pointer);
  return [...[...steps.values()].filter((s) => !lists.some((l) => s.pointer.startsWith(`${l}/`))), ...promised].sort(
    (a, b) => order.get(a.question)! - order.get(b.question)! || comparePointers(a.pointer, b.pointer),
  );
}
