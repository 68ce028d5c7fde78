// The full dossier `ess init` writes, with every answer still to give marked by the schema's
// placeholder. Answers are merged over it, so the interactive and the non-interactive paths
// write the same keys in the same order.
import { dossierSchema } from '../dossier/schema-nav.js';
import type { Dossier } from '../generated/dossier.js';
import { isYearly, questions, type InitSpec, type Question } from '../trame/index.js';
import { NOT_ASKED } from '../trame/conditions.js';
import { getAnswer, setAnswer } from './answers-path.js';

/** « À COMPLÉTER », taken from the schema so that the program and the schema never disagree. */
export const A_COMPLETER = (dossierSchema.$defs as Record<string, { const: string }>)['a_completer']!.const as 'À COMPLÉTER';

type DeepPartial<T> = T extends readonly (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** What the wizard gathered: any part of a dossier; what is missing becomes « À COMPLÉTER ». */
export type InitAnswers = DeepPartial<Dossier>;

/** What `init` writes for a question when no answer is given (see InitSpec). */
export function initOf(q: Question): InitSpec {
  if (q.init) return q.init;
  // The rapport d'activité of a year is written once the projet is filed, under its year: not by init.
  if (isYearly(q.pointer)) return 'absent';
  if (Object.keys(q.required).length > 0) return 'a-completer';
  return q.optional ? 'vide' : 'absent';
}

const isLeaf = (q: Question) => q.kind !== 'groupe' && q.kind !== 'personne' && q.kind !== 'liste';

function put(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** The answers below `prefix` ('' for the whole dossier, '/partenaires/*' for one item), in the trame's order. */
function build(prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const closed: string[] = [];
  for (const q of questions) {
    if (!q.pointer.startsWith(`${prefix}/`) || closed.some((c) => q.pointer.startsWith(`${c}/`))) continue;
    const keys = q.pointer.slice(prefix.length + 1).split('/');
    const init = initOf(q);
    if (isLeaf(q)) {
      if (init !== 'absent') put(out, keys, init === 'vide' ? '' : A_COMPLETER);
    } else if (q.kind === 'liste') {
      closed.push(q.pointer);
      if (init === 'absent') continue;
      const item = questions.some((c) => c.pointer.startsWith(`${q.pointer}/*/`)) ? build(`${q.pointer}/*`) : A_COMPLETER;
      put(out, keys, init === 'a-completer' ? [item] : []);
    } else if (q.init === 'absent') closed.push(q.pointer);
  }
  return out;
}

/**
 * The full dossier, derived from the trame's definition: required answers as placeholders,
 * optional ones empty ("" or []): `check` reports every placeholder, and these may stay empty at
 * every stage. Optional dates cannot be "" (the schema wants a date), so the optional deployment
 * row is left out (its definition says `init: absent`).
 */
export function skeleton(): Dossier {
  return { version: 1, ...build('') } as Dossier;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Answers over the skeleton: the skeleton's key order first, then keys only the answers have.
 * An answer left undefined keeps the placeholder; a list answered (even empty) replaces the
 * skeleton's list. The statut decides which of SIRET and date de dépôt is asked for (conditions.ts).
 */
export function mergeAnswers(answers: InitAnswers): Dossier {
  const merge = (base: unknown, over: unknown): unknown => {
    if (over === undefined) return base;
    if (isPlainObject(base) && isPlainObject(over)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(base)) out[key] = merge(base[key], over[key]);
      for (const key of Object.keys(over)) if (!(key in base) && over[key] !== undefined) out[key] = over[key];
      return out;
    }
    return over;
  };
  const dossier = merge(skeleton(), answers) as Dossier;
  // A question the wizard asks under a true condition now plainly false (the SIRET of an
  // association en création) is left out of the file, unless an answer was given.
  for (const q of questions) {
    const notAsked = q.when && q.ask?.section ? NOT_ASKED[q.when] : undefined;
    if (notAsked?.now(dossier) && getAnswer(answers, q.pointer) === undefined) setAnswer(dossier as InitAnswers, q.pointer, undefined);
  }
  return dossier;
}
