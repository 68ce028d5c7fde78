// The dialogue of `ess completer`: each step of the plan asked in the trame's order, with its
// section, question and help above the input; each answer saved at once (so that Ctrl-C loses only
// the answer being typed). Long answers use the multi-line prompt; the structured ones use the
// wizard's checks (validators.ts) and, for the partners and the adhérents, the wizard's own
// dialogues. The plan is computed again after each answer: answering the statut decides whether
// the SIRET or the préfecture date comes next. At the stage `rapport`, the year's answers: counts,
// the missions' états (and the date of a mission deployed), long texts, and each indicator the
// projet promised with its value, written as an entry of the year's list.
import { styleText } from 'node:util';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Stage } from '../core/findings.js';
import { describePointer, fromPointer } from '../core/json-pointer.js';
import { escapeControls } from '../core/text.js';
import { appendItems, removeAnswer, setAnswer, type AnswerPath, type AnswerValue } from '../dossier/edit.js';
import type { DossierSaver } from '../dossier/save.js';
import { valueAt } from '../rules/values.js';
import { bindYear, isYearly, type Question } from '../trame/index.js';
import type { Ctx } from '../wizard/ask.js';
import { notAskedPlaceholders, plan, stepKey } from './plan.js';
import { askStep, labelOf, offerDateBeside, offerGroupBeside, offerYearGroup, order, yearlyOptionalGroups, type CompleterIO, type CompleterPrompts } from './ask-step.js';

/** What the session did, read after it ends or is interrupted. */
export type { CompleterIO, CompleterPrompts };

export interface SessionState {
  /** Answers saved in the file. */
  saved: number;
  /** Questions left for later (the placeholder stays). */
  skipped: number;
}

/** The dossier's data as `check` reads it, from the text now on disk. */
export type ReadData = () => unknown;


/**
 * Path segments for the YAML editor, read against the text: list indexes as numbers, and a year
 * written without quotes (`2028:`, a number key in YAML) as a number too, so that it is found
 * rather than written a second time.
 */
function pathOf(text: string, pointer: string): AnswerPath {
  const doc = parseDocument(text);
  const path: Array<string | number> = [];
  for (const seg of fromPointer(pointer)) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const n = Number(seg);
    const numeric = /^\d+$/.test(seg) && (isSeq(parent) || (isMap(parent) && !parent.has(seg) && parent.has(n)));
    path.push(numeric ? n : seg);
  }
  return path;
}

/** « 2. Diagnostic territorial », « Annexe 1 : Liste des médecins… » (as the trame numbers them); « Rapport d’activité annuel 2028 ». */
function sectionTitle({ section: { numero, titre }, pointer }: Question, annee: string | undefined): string {
  if (isYearly(pointer) && annee) return `${titre.startsWith(numero) ? titre : `${numero} : ${titre}`} ${annee}`;
  return !numero ? titre : /^\d/.test(numero) ? `${numero}. ${titre}` : `${numero} : ${titre}`;
}

export async function runSession(options: {
  p: CompleterPrompts;
  io: CompleterIO;
  saver: DossierSaver;
  readData: ReadData;
  stage: Stage;
  /** The year of the rapport d'activité, at the stage `rapport`. */
  annee?: string;
  state: SessionState;
}): Promise<void> {
  const { p, io, saver, readData, stage, annee, state } = options;
  const ctx: Ctx = { p, io, answers: {} };
  const asked = new Set<string>();
  let shownSection = '';

  const save = (pointer: string, value: AnswerValue, block = false, append?: unknown[]) => {
    const text = saver.read();
    saver.save(append ? appendItems(text, pathOf(text, pointer), append) : setAnswer(text, pathOf(text, pointer), value, { block }));
    state.saved++;
  };

  for (;;) {
    let data = readData();
    // A placeholder the dossier no longer asks for (the SIRET once the association is en création) goes, as check says.
    const gone = notAskedPlaceholders(data);
    if (gone.length > 0) {
      let text = saver.read();
      for (const { pointer } of gone) text = removeAnswer(text, pathOf(text, pointer));
      saver.save(text);
      for (const { pointer, why } of gone) io.out(styleText('dim', `  « ${describePointer(pointer)} » retiré du fichier : ${why}.`) + '\n');
      data = readData();
    }
    const step = plan(data, stage, annee).find((s) => !asked.has(stepKey(s)));
    // The year's optional groups (the regional indicators) are offered once, where the trame has them.
    if (annee) {
      for (const group of yearlyOptionalGroups) {
        if (asked.has(group.pointer) || (step && order(group) > order(step.question))) continue;
        asked.add(group.pointer);
        if (valueAt(data, bindYear(group.pointer, annee)) == null) await offerYearGroup(ctx, group, annee, save);
      }
    }
    if (!step) return;
    asked.add(stepKey(step));
    const title = sectionTitle(step.question, annee);
    if (title !== shownSection) {
      shownSection = title;
      io.out(`\n${styleText('bold', `— ${escapeControls(title, true)} —`)}\n`);
    }
    const message = escapeControls(labelOf(data, step), true);
    const given = await askStep(ctx, step, message, data, annee);
    if (given === undefined) {
      state.skipped++;
      continue;
    }
    save(given.at ?? step.pointer, given.value, given.block, given.append);
    await offerGroupBeside(ctx, step, readData(), save);
    if (annee) await offerDateBeside(ctx, step, readData(), annee, save);
  }
}
