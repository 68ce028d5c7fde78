// One step of `ess completer` asked: the input that fits the question's kind (a long text over
// several lines, a choice, a count, a date, a list through the wizard's dialogue), and what is
// offered beside it (the dérogation under 10 médecins, the date of a mission deployed, the year's
// optional groups). Returns what to save; the session saves it.
import { styleText } from 'node:util';
import { fromPointer } from '../core/json-pointer.js';
import { escapeControls } from '../core/text.js';
import { deref, dossierSchema, schemaAt, type SchemaNode } from '../dossier/schema-nav.js';
import type { AnswerValue } from '../dossier/edit.js';
import { specialiteById } from '../referentiels/index.js';
import { searchSpecialites } from '../referentiels/specialites.js';
import { isAnswered, valueAt } from '../rules/values.js';
import { bindYear, isYearly, questions, YEAR_SEGMENT, type Question } from '../trame/index.js';
import { help, wrap, type Ctx, type Prompts, type WizardIO } from '../wizard/ask.js';
import { section } from '../wizard/sections/index.js';
import { A_COMPLETER } from '../wizard/skeleton.js';
import { checkboxTheme, confirmTheme, searchTheme, selectTheme } from '../wizard/theme.js';
import * as v from '../wizard/validators.js';
import type { multilinePrompt } from '../wizard/prompts/multiline.js';
import { isDialogueList, type Step } from './plan.js';

export interface CompleterPrompts extends Prompts {
  multiline: typeof multilinePrompt;
}

export interface CompleterIO extends WizardIO {
  /** Opens the user's text editor on a text and returns it edited; undefined: no editor to offer. */
  editor?: (text: string) => string;
}

/** The words of an item of a list, so that « Nom » says whose: « Partenaire n° 2 (CPTS Sud) ». */
function itemName(data: unknown, pointer: string, pattern: string): string | undefined {
  const segs = fromPointer(pointer);
  // A list index stands where the question's pattern has `*` (a year of the rapport is not one).
  const stars = fromPointer(pattern);
  const i = segs.findIndex((s, at) => /^\d+$/.test(s) && stars[at] === '*');
  if (i < 0) return undefined;
  const listPointer = `/${segs.slice(0, i).join('/')}`;
  const item = valueAt(data, `${listPointer}/${segs[i]}`) as Record<string, unknown> | undefined;
  const named = ['prenom', 'nom', 'commune'].map((k) => item?.[k]).filter((x) => isAnswered(x) && typeof x === 'string');
  const listTitle = schemaAt(listPointer)?.title?.replace(/^[\dA-Za-z ]*[.:] */, '') ?? listPointer;
  return `${listTitle} — n° ${Number(segs[i]) + 1}${named.length ? ` (${named.join(' ')})` : ''}`;
}

/** The prompt's words: the trame's question, with its parent's when it alone would be vague (« Nom »). */
export function labelOf(data: unknown, step: Step): string {
  const label = step.question.label;
  const item = itemName(data, step.pointer, step.question.pointer);
  if (item) return `${item} — ${label}`;
  const parent = step.pointer.slice(0, step.pointer.lastIndexOf('/'));
  // The year's own answers (« Faits marquants de l'année ») need no « Rapport d'activité de l'année » before them.
  const underYear = step.question.pointer.slice(0, step.question.pointer.lastIndexOf('/')).endsWith(`/${YEAR_SEGMENT}`);
  const parentTitle = parent === '' || underYear ? undefined : schemaAt(parent)?.title;
  // The section's header already says it (« 1. Identification de l'ESS »).
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (!parentTitle || letters(parentTitle).endsWith(letters(step.question.section.titre)) || letters(parentTitle) === letters(label)) return label;
  return label.length < 40 ? `${parentTitle} — ${label}` : label;
}

const LATER = '__plus_tard__';
const laterChoice = { name: `Plus tard (la réponse reste « ${A_COMPLETER} »)`, value: LATER };

export interface Given {
  value: AnswerValue;
  block?: boolean;
  /** Items to add at the end of the list, the rest of it untouched. */
  append?: unknown[];
  /** Where to write, when not at the step's pointer (the value of a promised indicator's entry). */
  at?: string;
}

/** The values a choice (or each item of a list of choices) may take, with their words: the schema's enum and `enumDescriptions`. */
function enumChoices(pointer: string): Array<{ name: string; value: string }> {
  const node = schemaAt(pointer);
  for (const branch of [node, ...(node?.anyOf ?? [])]) {
    const b = branch ? deref(branch) : undefined;
    if (!Array.isArray(b?.enum)) continue;
    const words = Array.isArray(b.enumDescriptions) ? (b.enumDescriptions as string[]) : [];
    return (b.enum as string[]).map((value, i) => ({ name: words[i] ?? value, value }));
  }
  return [];
}

/** A choice among the specialties (some fifty): filtered by typing, as in `init`. */
const isSpecialty = (choices: Array<{ value: string }>) => choices.length > 0 && choices.every((c) => specialiteById.has(c.value));

/**
 * How a question is asked follows from its definition, never from its key: a list whose items
 * have questions by the wizard's dialogue of its section; a choice by its schema's values; a list
 * of choices by boxes to tick; a list of texts, one per line; a long text over several lines.
 */
export async function askStep(ctx: Ctx, step: Step, message: string, data: unknown, annee: string | undefined): Promise<Given | undefined> {
  const { p } = ctx;
  const q = step.question;
  if (isDialogueList(q)) return listDialogue(ctx, data, step.pointer, section(q.ask!.section!).ask);
  if (step.promised && annee) return promisedIndicator(ctx, step, annee);
  help(ctx, q.help, q.label);
  const current = valueAt(data, step.pointer);
  if (q.kind === 'liste') {
    const choices = enumChoices(`${step.pointer}/0`);
    if (choices.length === 0) {
      const text = await longText(ctx, `${message} (un par ligne)`, optional(q));
      const items = text.split('\n').map((l) => l.replace(/^\s*[-•*]\s*/, '').trim()).filter(Boolean);
      return items.length > 0 ? { value: items } : undefined;
    }
    const chosen = Array.isArray(current) ? current.filter((c): c is string => typeof c === 'string') : [];
    const ticked = await p.checkbox<string>({
      message: `${message} (aucun coché : plus tard) :`,
      choices: choices.map((c) => ({ ...c, checked: chosen.includes(c.value) })),
      pageSize: 12,
      theme: checkboxTheme,
    });
    return ticked.length > 0 ? { value: ticked } : undefined;
  }
  if (q.kind === 'choix') {
    // The definition's values and words (the états of a mission: déployée, en cours, non commencée).
    const choices = q.choices?.map((c) => ({ name: c.label, value: c.id })) ?? enumChoices(step.pointer);
    if (!isSpecialty(choices)) return choose(ctx, message, choices, current === undefined);
    const id = await p.search<string>({
      message: `${message} (tapez pour filtrer) :`,
      // Nothing typed: « Plus tard » first, so that Entrée at once leaves the question, as everywhere.
      source: (term) => {
        const found = searchSpecialites(term ?? '').map((s) => ({ name: s.libelle, value: s.id }));
        return term ? [...found, laterChoice] : [laterChoice, ...found];
      },
      pageSize: 10,
      validate: (value) => value === LATER || v.specialite(value),
      theme: searchTheme,
    });
    return id === LATER ? undefined : { value: id };
  }
  if (q.kind === 'texte-long') {
    const text = await longText(ctx, message, optional(q));
    if (text === '') return undefined;
    return { value: text === '-' && optional(q) ? '' : text, block: text !== '-' };
  }
  return shortAnswer(ctx, step, message, data);
}

const optional = (q: Question) => q.optional;

/** A select with « Plus tard » first: Entrée at once leaves the question for later, as everywhere. */
async function choose(ctx: Ctx, message: string, choices: Array<{ name: string; value: string }>, absent = false): Promise<Given | undefined> {
  const later = absent ? { name: 'Plus tard (pas de réponse pour l’instant)', value: LATER } : laterChoice;
  const value = await ctx.p.select<string>({ message: `${message} :`, choices: [later, ...choices], pageSize: 12, theme: selectTheme });
  return value === LATER ? undefined : { value };
}

/** A long answer over several lines; Ctrl-E (or `:e`) continues it in the text editor, then comes back. */
async function longText(ctx: Ctx, message: string, isOptional: boolean): Promise<string> {
  const io = ctx.io as CompleterIO;
  const p = ctx.p as CompleterPrompts;
  if (isOptional) help(ctx, `Réponse facultative : tapez « - » seul pour la laisser vide (« ${A_COMPLETER} » disparaît du fichier).`);
  let text = '';
  for (;;) {
    const answer = await p.multiline({ message: `${message} :`, default: text || undefined, editor: io.editor !== undefined });
    if (!answer.editeur || !io.editor) return answer.text.trim() === '' ? '' : answer.text;
    try {
      text = io.editor(answer.text).replace(/\r\n?/g, '\n').replace(/\n+$/, '');
      io.out(styleText('dim', '  Texte repris de l’éditeur : Entrée sur la ligne vide pour l’enregistrer.\n'));
    } catch (error) {
      text = answer.text;
      io.out(`L’éditeur de texte n’a pas pu s’ouvrir (${(error as Error).message}) : continuez ici.\n`);
    }
  }
}

/** The format of a one-line answer, as its schema type says (a `$defs` pattern): the same check as `init`. */
function formatOf(pointer: string): string | undefined {
  const node = schemaAt(pointer);
  const patterns = [node, ...(node?.anyOf ?? [])].map((b) => (b ? deref(b).pattern : undefined)).filter((x): x is string => typeof x === 'string');
  const defs = dossierSchema.$defs as Record<string, SchemaNode>;
  return (['rpps', 'siret', 'code_postal', 'telephone'] as const).find((def) => defs[def]?.anyOf?.some((b) => typeof b.pattern === 'string' && patterns.includes(b.pattern)));
}

/** A one-line answer with the same check as `init` (date, number, courriel, téléphone, code postal, SIRET, RPPS). */
async function shortAnswer(ctx: Ctx, step: Step, message: string, data: unknown): Promise<Given | undefined> {
  const q = step.question;
  const check = q.ask?.check ?? formatOf(step.pointer);
  let validate: (value: string) => true | string = () => true;
  let hint = '';
  if (q.kind === 'date') {
    validate = v.date;
    hint = 'JJ/MM/AAAA ; ';
  } else if (q.kind === 'nombre') validate = isYearly(q.pointer) ? count : v.medecins;
  else if (check === 'courriel') validate = v.courriel;
  else if (check === 'telephone') validate = v.telephone;
  else if (check === 'code_postal') validate = v.codePostal;
  else if (check === 'siret') validate = v.siret;
  else if (check === 'rpps') {
    // Not a number already given to another item of the same list.
    const at = step.pointer.lastIndexOf('/');
    const key = step.pointer.slice(at + 1);
    const item = step.pointer.slice(0, at);
    const list = valueAt(data, item.slice(0, item.lastIndexOf('/')));
    const others = new Set(
      (Array.isArray(list) ? list : []).filter((x, i) => `${item.slice(0, item.lastIndexOf('/'))}/${i}` !== item).map((x) => (x as Record<string, unknown> | null)?.[key]).filter((x): x is string => typeof x === 'string'),
    );
    validate = (value) => value.trim() === '' || v.rpps(value, others);
  }
  const typed = await ctx.p.input({ message: `${message} (${hint}vide : plus tard) :`, validate });
  const value = typed.trim();
  if (value === '') return undefined;
  if (q.kind === 'date') return { value: v.isoDate(value)! };
  if (q.kind === 'nombre') return { value: Number(digits(value)) };
  if (check === 'siret' || check === 'rpps') return { value: v.digitsOnly(value) };
  return { value };
}

/**
 * The partners or the adhérents: the wizard's dialogue, over the items already written (a blank
 * item, as `init` writes it, is not one). New items are added after the written ones, which stay
 * byte for byte; a list that held blank items, or that the user started again, is written whole.
 */
async function listDialogue(ctx: Ctx, data: unknown, pointer: string, dialogue: (ctx: Ctx) => Promise<void>): Promise<Given | undefined> {
  const key = pointer.slice(1);
  const list = valueAt(data, pointer);
  const items = Array.isArray(list) ? list : [];
  const written = items.filter((item) => item !== null && typeof item === 'object' && Object.values(item as object).some(isAnswered));
  ctx.answers = { [key]: written } as Ctx['answers'];
  await dialogue(ctx);
  const after = (((ctx.answers as Record<string, unknown>)[key] as unknown[] | undefined) ?? []).map((item) => asBlocks(pointer, item));
  if (after.length === 0 || JSON.stringify(after) === JSON.stringify(written)) return undefined;
  const kept = JSON.stringify(after.slice(0, written.length)) === JSON.stringify(written);
  if (kept && written.length === items.length && written.length > 0) return { value: after as AnswerValue, append: after.slice(written.length) };
  return { value: after as AnswerValue };
}

/** The free-text answers of an item (a partner's coopérations) end with a line break: written as `|` blocks, as every free text. */
function asBlocks(listPointer: string, item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const q of questions) {
    if (q.kind !== 'texte-long' || !q.pointer.startsWith(`${listPointer}/*/`)) continue;
    const key = q.pointer.slice(listPointer.length + 3);
    const value = out[key];
    if (typeof value === 'string' && isAnswered(value) && !value.endsWith('\n')) out[key] = `${value}\n`;
  }
  return out;
}

/** The cahier des charges' dérogation: fewer than 10 médecins of the specialty on the territory. */
const DEROGATION_BELOW = 10;

/**
 * After a number below 10, the optional group beside it (the dérogation) is offered, as `init`
 * does; its long answers are asked over several lines, and the group is written with them.
 */
export async function offerGroupBeside(ctx: Ctx, step: Step, data: unknown, save: (pointer: string, value: AnswerValue) => void): Promise<void> {
  if (step.question.kind !== 'nombre') return;
  const n = valueAt(data, step.pointer);
  const parent = step.pointer.slice(0, step.pointer.lastIndexOf('/'));
  const group = questions.find((g) => g.kind === 'groupe' && g.optional && g.pointer.slice(0, g.pointer.lastIndexOf('/')) === parent);
  if (!group || typeof n !== 'number' || n >= DEROGATION_BELOW || valueAt(data, group.pointer) != null) return;
  help(ctx, group.help);
  const wanted = await ctx.p.confirm({ message: `Moins de ${DEROGATION_BELOW} médecins sur le territoire : ${group.label.toLowerCase()} ?`, default: true, theme: confirmTheme });
  if (!wanted) return;
  const answers: Record<string, string> = {};
  for (const q of questions.filter((c) => c.pointer.startsWith(`${group.pointer}/`) && c.kind === 'texte-long')) {
    help(ctx, q.help, q.label);
    const text = await longText(ctx, q.label, false);
    answers[q.pointer.slice(group.pointer.length + 1)] = text === '' ? A_COMPLETER : `${text}\n`;
  }
  save(group.pointer, answers);
}

/** A figure as people write it: « 1 234 » (spaces, non-breaking ones too, between thousands). */
const digits = (value: string) => value.replace(/[\s\u00a0\u202f]/g, '');

/** A count of the year (dossier-format.md: an integer ≥ 0). */
function count(value: string): true | string {
  if (value.trim() === '' || /^\d+$/.test(digits(value))) return true;
  return 'Indiquez un nombre entier, 0 ou plus (par exemple 140 ou 1 234), sans unité ; ou laissez vide pour y répondre plus tard.';
}

/**
 * An indicator the projet promised (indicateurs.complementaires, indicateurs.qualitatifs): its value
 * or result for the year, written as `{ indicateur: <the projet's text>, valeur: … }` at the end of
 * the year's list, or into the entry already there for it, as rapport-indicateurs-projet matches them.
 */
async function promisedIndicator(ctx: Ctx, step: Step, annee: string): Promise<Given | undefined> {
  const { list, indicateur, index } = step.promised!;
  const words = list.words.charAt(0).toUpperCase() + list.words.slice(1);
  ctx.io.out(`${wrap(escapeControls(`${words} du projet de santé : « ${indicateur} »`, true), Math.min(ctx.io.columns ?? 80, 100) - 1)}\n`);
  help(ctx, schemaAt(`${step.pointer}/0/${list.value}`)?.description);
  const field = schemaAt(`${step.pointer}/0/${list.value}`)?.title ?? list.value;
  const typed = await ctx.p.input({ message: `${field} pour ${annee} (vide : plus tard) :` });
  const value = typed.trim();
  if (value === '') return undefined;
  if (index !== undefined) return { value, at: `${step.pointer}/${index}/${list.value}` };
  return { value: [{ indicateur, [list.value]: value }], append: [{ indicateur, [list.value]: value }] };
}

/**
 * After a mission's état « déployée », the date of its mise en service beside it (the wizard's
 * date check), when it is not given: rapport-coherence wants it by 31 December of the year.
 */
export async function offerDateBeside(ctx: Ctx, step: Step, data: unknown, annee: string, save: (pointer: string, value: AnswerValue) => void): Promise<void> {
  const q = step.question;
  if (q.kind !== 'choix' || valueAt(data, step.pointer) !== 'deployee') return;
  const parent = (pattern: string) => pattern.slice(0, pattern.lastIndexOf('/'));
  const dateQuestion = questions.find((c) => c.kind === 'date' && parent(c.pointer) === parent(q.pointer));
  if (!dateQuestion) return;
  const pointer = `${parent(step.pointer)}/${dateQuestion.pointer.slice(dateQuestion.pointer.lastIndexOf('/') + 1)}`;
  if (isAnswered(valueAt(data, pointer))) return;
  help(ctx, dateQuestion.help, dateQuestion.label);
  const end = `${annee}-12-31`;
  const typed = await ctx.p.input({
    message: `${escapeControls(labelOf(data, { pointer, question: dateQuestion }), true)} (JJ/MM/AAAA ; vide : plus tard) :`,
    validate: (value) => {
      const verdict = v.date(value);
      if (verdict !== true || value.trim() === '') return verdict;
      return v.isoDate(value)! <= end || `La mission est dite déployée au 31 décembre ${annee} : sa mise en service est au plus tard le 31/12/${annee}. Corrigez la date, ou laissez vide.`;
    },
  });
  if (typed.trim() === '') return;
  save(pointer, v.isoDate(typed.trim())!);
}

export const order = (q: Question) => questions.indexOf(q);
/** The optional groups of a year of the rapport (the regional indicators): offered, never required. */
export const yearlyOptionalGroups = questions.filter((g) => g.kind === 'groupe' && g.optional && isYearly(g.pointer));

/** An optional group of the year's figures: offered with its help, then each of its counts, each saved at once. */
export async function offerYearGroup(ctx: Ctx, group: Question, annee: string, save: (pointer: string, value: AnswerValue) => void): Promise<void> {
  const answers = questions.filter((c) => c.pointer.startsWith(`${group.pointer}/`) && c.kind === 'nombre');
  if (answers.length === 0) return;
  help(ctx, group.help, group.label);
  const wanted = await ctx.p.confirm({ message: `${group.label} pour ${annee} (facultatifs) : les ajouter ?`, default: false, theme: confirmTheme });
  if (!wanted) return;
  for (const q of answers) {
    help(ctx, q.help, q.label);
    const typed = await ctx.p.input({ message: `${escapeControls(q.label, true)} (vide : sans réponse) :`, validate: count });
    if (typed.trim() !== '') save(bindYear(q.pointer, annee), Number(digits(typed)));
  }
}
