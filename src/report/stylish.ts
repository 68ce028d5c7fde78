import type { ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../core/findings.js';
import { escapeControls, formatNumber, plural } from '../core/text.js';
import type { CheckResult } from '../check.js';
import { progressText, stageWords } from '../trame/progress.js';
import { formatFacts } from './facts.js';
import { answersToWrite, bySection, type AnswerToWrite } from './answers.js';
import { completerCommand, nextCommand } from './next-command.js';
import { visibleLength, wrap, wrapWithTail } from './wrap.js';

const LABELS: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', info: 'info' };
const LABEL_WIDTH = Math.max(...Object.values(LABELS).map((l) => l.length));

/** From this many answers to write, their findings are one block (one explanation, one short line each). */
export const GROUP_FROM = 4;
/** Up to this many, the block names each answer; beyond, one line per section (the output stays one screen). */
export const DETAIL_UP_TO = 15;
/** Continuation lines of a finding start here: under the message when there is room for it, else close to the margin. */
const HANGING_INDENT = 6;
/** Less room than this after `fichier:ligne:colonne  sévérité`, and the message starts on the next line. */
const MIN_MESSAGE_ROOM = 25;

export interface StylishOptions {
  /** Columns to wrap at (report/wrap.ts terminalWidth); unlimited when absent. */
  width?: number;
}


/** The last line's tail (the id, the line) dimmed. */
function dimTail(lines: string[], tail: string, c: ChalkInstance): string[] {
  const last = lines.length - 1;
  lines[last] = lines[last]!.slice(0, -tail.length) + c.dim(tail);
  return lines;
}

/** What is wrong, without the why and the source: a message up to its first « : » or sentence's end. */
export function headline(message: string): string {
  const end = message.search(/ : |\. /);
  return end > 0 ? `${message.slice(0, end)}…` : message;
}

/** One finding: `fichier:ligne:colonne  sévérité  message  [id]`, its message wrapped under itself. */
function findingLines(f: Finding, file: string, whereWidth: number, width: number, c: ChalkInstance, brief = false): string[] {
  const where = `${file}:${f.line}:${f.column}`.padEnd(whereWidth);
  const color = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
  const label = LABELS[f.severity].padEnd(LABEL_WIDTH);
  const rule = `[${escapeControls(f.rule, true)}]`;
  const message = escapeControls(brief ? headline(f.message) : f.message, true);
  const messageColumn = visibleLength(`  ${where}  ${label}  `);
  if (width - messageColumn < MIN_MESSAGE_ROOM) {
    // A long path in a narrow terminal: the place on its own line, the severity and message below.
    const short = LABELS[f.severity];
    const lines = dimTail(wrapWithTail(message, rule, width, { firstIndent: HANGING_INDENT + short.length + 2, indent: HANGING_INDENT }), rule, c);
    lines[0] = `${' '.repeat(HANGING_INDENT)}${color(short)}  ${lines[0]}`;
    return [`  ${c.dim(where.trimEnd())}`, ...lines];
  }
  const indent = width - messageColumn >= 60 ? messageColumn : HANGING_INDENT;
  const lines = dimTail(wrapWithTail(message, rule, width, { firstIndent: messageColumn, indent }), rule, c);
  lines[0] = `  ${c.dim(where)}  ${color(label)}  ${lines[0]}`;
  return lines;
}

/** « ligne 13 », « lignes 13 à 75 ». */
function lineSpan(answers: readonly AnswerToWrite[]): string {
  const lines = [...new Set(answers.map((a) => a.finding.line))].sort((a, b) => a - b);
  return lines.length === 1 ? `ligne ${lines[0]}` : `lignes ${lines[0]} à ${lines.at(-1)}`;
}

/**
 * The answers still to write as one block: a heading with their count and what to do, once;
 * then one short line per answer (section › question, line), or per section when they are many.
 */
function answersBlock(answers: readonly AnswerToWrite[], heading: string, width: number, c: ChalkInstance): string[] {
  const color = answers.some((a) => a.finding.severity === 'error') ? c.red.bold : c.yellow.bold;
  const lines = wrap(heading, width, { firstIndent: 2, indent: 4 }).map((l, i) => (i === 0 ? `  ${color(l)}` : l));
  const item = (text: string, where: string) => {
    const wrapped = dimTail(wrapWithTail(escapeControls(text, true), where, width, { firstIndent: 4, indent: 8 }), where, c);
    lines.push(`    ${wrapped[0]}`, ...wrapped.slice(1));
  };
  if (answers.length <= DETAIL_UP_TO) {
    for (const a of answers) item(`${a.section} › ${a.question}`, `(ligne ${a.finding.line})`);
  } else {
    for (const s of bySection(answers)) item(`${s.section} : ${formatNumber(s.answers.length)} à compléter`, `(${lineSpan(s.answers)})`);
  }
  return lines;
}

/**
 * Human output, after ESLint's stylish formatter: the file, then one line per finding
 * `fichier:ligne:colonne  sévérité  message  [id]` (clickable in editors and terminals), wrapped at
 * the width with the message's continuation indented; the answers still to write as one block when
 * they are many; then the figures of the dossier (adhérents, thresholds, CPAM, financing), the
 * progress, a summary line and the command that helps next.
 */
export function formatStylish(result: CheckResult, c: ChalkInstance, options: StylishOptions = {}): string {
  const width = options.width ?? Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  const { errors, warnings, infos } = result.summary;
  // Messages quote the dossier (values, keys): shown escaped, never as terminal sequences.
  const file = escapeControls(result.file, true);
  const completer = completerCommand(result.file, result.stage, result.annee);
  const words = stageWords(result.stage);

  const now = answersToWrite(result.results, result.dossier, result.stage);
  // At the lettre stage, the answers only the projet de santé asks are warnings: a block of their own.
  const later = answersToWrite(result.results, result.dossier, result.stage, 'later');
  const blocks = [
    { answers: now.length >= GROUP_FROM ? now : [], heading: `${plural(now.length, 'endroit')} du fichier à compléter pour ${words} : écrivez-y votre réponse à la place de « À COMPLÉTER »${completer ? `, ou lancez ${completer}, qui pose les questions une à une` : ''}.` },
    { answers: later.length >= GROUP_FROM ? later : [], heading: `${plural(later.length, 'endroit')} à compléter ensuite pour ${stageWords('projet')} (sans bloquer ${words}) : ${completerCommand(result.file, 'projet')} les demandera.` },
  ].filter((b) => b.answers.length > 0);
  const early = now.length > DETAIL_UP_TO;
  const grouped = new Set(blocks.flatMap((b) => b.answers.map((a) => a.finding)));
  const single = result.results.filter((f) => !grouped.has(f));

  if (result.results.length > 0) {
    lines.push(c.underline(file));
    const whereWidth = Math.max(0, ...single.map((f) => `${file}:${f.line}:${f.column}`.length));
    // While most answers are still to write, the warnings and infos (often about those very
    // answers: no partner of such type, no adhérent yet) say only what is wrong, one line each.
    for (const f of single) lines.push(...findingLines(f, file, whereWidth, width, c, early && f.severity !== 'error'));
    if (early && single.some((f) => f.severity !== 'error')) {
      lines.push(...wrap(`(avertissements et infos abrégés tant qu’il reste plus de ${DETAIL_UP_TO} endroits à compléter ; leur détail s’affichera ensuite)`, width, { firstIndent: 2, indent: 3 }).map((l, i) => c.dim(i === 0 ? `  ${l}` : l)));
    }
    for (const b of blocks) {
      if (lines.length > 1) lines.push('');
      // The projet's answers, while the lettre's are many still: one line naming their sections.
      if (early && b.answers === later) {
        const sections = bySection(later).map((s) => s.section.replace(/\..*/, ''));
        lines.push(...wrap(`${plural(later.length, 'endroit')} à compléter ensuite pour ${stageWords('projet')}, sans bloquer ${words} (parties ${sections.join(', ')}).`, width, { firstIndent: 2, indent: 4 }).map((l, i) => (i === 0 ? `  ${c.yellow(l)}` : l)));
      } else lines.push(...answersBlock(b.answers, b.heading, width, c));
    }
    lines.push('');
  }
  // The figures of the dossier, computed by check only when its structure is valid (the rules ran on it).
  if (result.facts) lines.push(...formatFacts(result.facts, c, width), '');
  const say = (text: string, style: (t: string) => string = (t) => t) => lines.push(...wrap(text, width, { indent: 2 }).map((l) => style(l)));
  if (result.progress) say(`${progressText(result.progress)}.`);
  const counts = [plural(errors, 'erreur'), plural(warnings, 'avertissement'), plural(infos, 'info')].join(', ');
  if (errors > 0) say(`✖ ${counts} — le dossier n’est pas prêt pour ${words}.`, c.red.bold);
  else say(`✔ ${counts} — aucune erreur pour ${words}.`, c.green.bold);
  const next = nextCommand({ file: result.file, stage: result.stage, annee: result.annee, missingAnswers: Math.max(now.length, result.progress ? result.progress.total - result.progress.answered : 0), errors });
  // The command stays whole, to be copied: on a line of its own when it does not fit after « Ensuite : ».
  if (next && visibleLength(`Ensuite : ${next}`) <= width) lines.push(c.bold(`Ensuite : ${next}`));
  else if (next) lines.push(c.bold('Ensuite :'), c.bold(`  ${next}`));
  return lines.join('\n');
}
