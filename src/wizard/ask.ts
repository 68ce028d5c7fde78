// What every section of the wizard shares: the context, the help above a prompt and the plain
// questions, each with its words from the trame's definition (the schema's title and description).
import { styleText } from 'node:util';
import type * as Inquirer from '@inquirer/prompts';
import type { multilinePrompt } from './prompts/multiline.js';
import { foldAccents } from '../core/text.js';
import { schemaAt } from '../dossier/schema-nav.js';
import { getAnswer, setAnswer } from './answers-path.js';
import { A_COMPLETER, type InitAnswers } from './skeleton.js';
import * as v from './validators.js';
import { questions, type Question } from '../trame/index.js';

export type Prompts = Pick<typeof Inquirer, 'input' | 'select' | 'checkbox' | 'confirm' | 'search'> & {
  /** The multi-line prompt for long answers (a paste keeps its lines); without it, a one-line input. */
  multiline?: typeof multilinePrompt;
};

export interface WizardIO {
  /** Text shown between prompts (help, reports, the review). */
  out(text: string): void;
  /** Width of the terminal, for wrapping the help (80 when unknown). */
  columns?: number;
}

export interface Ctx {
  p: Prompts;
  io: WizardIO;
  answers: InitAnswers;
}

/** One section of the interview: it asks its questions and shows them at the review. */
export interface Section {
  id: string;
  titre: string;
  ask(ctx: Ctx): Promise<void>;
  /** The review screen's lines for this section (plain text; escaped by the review). */
  review(answers: InitAnswers): string[];
}

export type Check = 'text' | 'date' | 'courriel' | 'telephone' | 'code_postal' | 'siret' | 'non_vide';

const CHECKS: Record<Exclude<Check, 'text'>, (value: string) => true | string> = {
  date: v.date,
  courriel: v.courriel,
  telephone: v.telephone,
  code_postal: v.codePostal,
  siret: v.siret,
  /** An answer that cannot be left empty (the name of the ESS: the files are named after it). */
  non_vide: v.required,
};

/** The check of a question: its kind's (a date), or its `x-ess.ask.check`. */
export function checkOf(q: Question): Check {
  if (q.kind === 'date') return 'date';
  const check = q.ask?.check;
  return check && check in CHECKS ? (check as Check) : 'text';
}

/** The questions a section of the wizard asks (`x-ess.ask.section`), in the trame's order. */
export function sectionQuestions(id: string): Question[] {
  return questions.filter((q) => q.ask?.section === id);
}

/** The trame's words for an answer (its schema title), by JSON pointer. */
export function title(pointer: string): string {
  return schemaAt(pointer)?.title ?? pointer;
}

/** The trame's help for an answer (its schema description). */
export function description(pointer: string): string | undefined {
  return schemaAt(pointer)?.description;
}

/** Wraps text at word boundaries, each line indented. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/**
 * The schema's description of the question, as help above the prompt. « entre guillemets » is
 * advice for people editing the YAML: the wizard writes the quotes itself.
 */
export function help(ctx: Ctx, text: string | undefined, promptTitle?: string): void {
  if (!text) return;
  const plain = (s: string) => foldAccents(s).replace(/[.\s]+$/, '');
  if (promptTitle && plain(text) === plain(promptTitle)) return;
  const width = Math.min(ctx.io.columns ?? 80, 100) - 1;
  ctx.io.out(styleText('dim', wrap(text.replace(/,? entre guillemets/g, ''), width, '  ')) + '\n');
}

/** One question whose help is the schema's description; empty means « À COMPLÉTER » (or ""); a date's prompt says its format. */
export async function ask(ctx: Ctx, pointer: string, kind: Check = 'text', options: { optional?: boolean; message?: string } = {}): Promise<void> {
  const node = schemaAt(pointer);
  help(ctx, node?.description, node?.title);
  const current = getAnswer(ctx.answers, pointer);
  const check = kind === 'text' ? undefined : CHECKS[kind];
  const answer = await ctx.p.input({
    message: `${options.message ?? node?.title ?? pointer}${kind === 'date' ? ' (JJ/MM/AAAA)' : ''}${options.optional ? ' (facultatif)' : ''} :`,
    default: typeof current === 'string' && current !== A_COMPLETER ? current : undefined,
    prefill: 'editable',
    validate: check,
  });
  const value = answer.trim();
  if (value === '') return setAnswer(ctx.answers, pointer, undefined);
  if (kind === 'date') return setAnswer(ctx.answers, pointer, v.isoDate(value));
  // Spaces typed inside a number (« 884 321 765 00015 ») are not part of it.
  if (kind === 'siret') return setAnswer(ctx.answers, pointer, v.digitsOnly(value) || undefined);
  setAnswer(ctx.answers, pointer, value);
}

const folded = (s: string) => foldAccents(s).toLowerCase().replace(/[’']/g, "'");

/**
 * A question's prompt: its label, after the title of the part it belongs to when the label alone
 * does not say it (« Signature du projet de santé — Fait à », but « Date de dépôt de la lettre
 * d'intention » alone).
 */
export function promptOf(q: Question): string {
  const part = title(q.pointer.slice(0, q.pointer.lastIndexOf('/')));
  return folded(q.label).includes(folded(part)) ? q.label : `${part} — ${q.label}`;
}

/** Asks one question by its definition: its label (or `message`), its check (`checkOf`). */
export async function askQuestion(ctx: Ctx, q: Question, options: { message?: string } = {}): Promise<void> {
  await ask(ctx, q.pointer, checkOf(q), { message: options.message ?? q.label });
}

/** The review's value of an answer: a choice in its words (the schema's `enumDescriptions`), « À COMPLÉTER » when not given. */
export function shownAnswer(answers: InitAnswers, q: Question): string {
  const value = getAnswer(answers, q.pointer);
  return shown(q.choices?.find((c) => c.id === value)?.label ?? value);
}

/** A question's line at the review: its review words (`x-ess.ask.review`, else its label), then the answer. */
export function reviewLine(answers: InitAnswers, q: Question, value: string = shownAnswer(answers, q)): string {
  return `${q.ask?.review ?? q.label} : ${value}`;
}

/** A long free-text answer, typed or pasted over several lines (Entrée on an empty line ends it). */
export async function askLong(ctx: Ctx, pointer: string, options: { optional?: boolean; message?: string } = {}): Promise<void> {
  if (!ctx.p.multiline) return ask(ctx, pointer, 'text', options);
  const node = schemaAt(pointer);
  help(ctx, node?.description, node?.title);
  const current = getAnswer(ctx.answers, pointer);
  const { text } = await ctx.p.multiline({
    message: `${options.message ?? node?.title ?? pointer}${options.optional ? ' (facultatif)' : ''} :`,
    default: typeof current === 'string' && current !== A_COMPLETER ? current : undefined,
    emptyMeans: options.optional ? 'laisser vide' : `laisser « ${A_COMPLETER} »`,
  });
  setAnswer(ctx.answers, pointer, text.trim() === '' ? undefined : text);
}

/**
 * The answers of a group or a person that the wizard asks, by JSON pointer, in the trame's order:
 * those a stage requires (the siège's département, optional, is left to the file). From the
 * definition, so that a field added to the group is asked without touching the section.
 */
export function groupAnswers(pointer: string): string[] {
  const depth = pointer.split('/').length + 1;
  return questions
    .filter((q) => q.pointer.startsWith(`${pointer}/`) && q.pointer.split('/').length === depth && Object.keys(q.required).length > 0)
    .map((q) => q.pointer);
}

/** Asks the answers of a group or a person (`groupAnswers`), each with its check (`x-ess.ask.check`); `except`: keys not asked. */
export async function askGroup(ctx: Ctx, pointer: string, except: readonly string[] = []): Promise<void> {
  for (const answer of groupAnswers(pointer)) {
    if (except.some((key) => answer === `${pointer}/${key}`)) continue;
    const q = questions.find((q) => q.pointer === answer);
    await ask(ctx, answer, q ? checkOf(q) : 'text');
  }
}

/** The review's value of an answer: « À COMPLÉTER » when not given. */
export const shown = (value: unknown): string => (value === undefined || value === '' ? A_COMPLETER : String(value));

/** Counts the answers of a list of pointers still unanswered. */
export function unanswered(answers: InitAnswers, pointers: readonly string[]): number {
  return pointers.filter((p) => {
    const value = getAnswer(answers, p);
    return value === undefined || value === '' || value === A_COMPLETER;
  }).length;
}
