// The guided interview of `ess init`: one question at a time, in the order of the trame, each
// answer checked on the spot, then a review before anything is written. The sections and their
// questions come from the trame's definition (sections/); the prompt functions are passed in, so
// that whole sessions can be driven in tests.
import { styleText } from 'node:util';
import { escapeControls } from '../core/text.js';
import { wrap, type Ctx, type Prompts, type Section, type WizardIO } from './ask.js';
import { REVIEW_STEP, type DraftStep } from './draft.js';
import { SECTIONS } from './sections/index.js';
import { A_COMPLETER, type InitAnswers } from './skeleton.js';
import { confirmTheme, selectTheme } from './theme.js';

export type { Prompts, WizardIO };
export { wrap };

/**
 * The user quit (Ctrl-C, or « Quitter » at the review) and confirmed: the answers given so far and
 * where the wizard stood, for the draft.
 */
export class WizardQuit extends Error {
  constructor(
    readonly answers: InitAnswers,
    readonly step: DraftStep,
    readonly reviewed: boolean,
  ) {
    super('quit');
    this.name = 'WizardQuit';
  }
}

/** Ctrl-C at a prompt: inquirer rejects with ExitPromptError. */
export function isPromptExit(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'ExitPromptError';
}

/** Where to start: the answers of a draft, and the step it stopped at. */
export interface WizardStart {
  answers?: InitAnswers;
  step?: DraftStep;
  reviewed?: boolean;
  /** The draft's file name, for the confirmation when quitting. */
  draftFile?: string;
  /** Told where the interview stands, so that a draft can be saved if the process is killed. */
  onStep?: (step: DraftStep, reviewed: boolean) => void;
}

/** The review screen's text: every section with what will be written. */
export function reviewText(answers: InitAnswers): string {
  const lines = ['', styleText('bold', 'Récapitulatif avant écriture'), ''];
  for (const section of SECTIONS) {
    lines.push(styleText('bold', section.titre));
    lines.push(...section.review(answers).map((l) => `  ${escapeControls(l, true)}`));
  }
  return lines.join('\n') + '\n\n';
}

/** The whole interview; resolves with the answers to write once the user chooses to write. */
export async function runWizard(p: Prompts, io: WizardIO, start: WizardStart = {}): Promise<InitAnswers> {
  const ctx: Ctx = { p, io, answers: start.answers ?? {} };
  const draftFile = start.draftFile ?? 'votre dossier personnel d’état';
  let reviewed = start.reviewed === true;

  /** Asks the quit confirmation; throws WizardQuit when confirmed (a second Ctrl-C confirms too). */
  const confirmQuit = async (step: DraftStep): Promise<void> => {
    // Nothing answered yet: nothing to keep, nothing to confirm.
    if (Object.keys(ctx.answers).length === 0) throw new WizardQuit(ctx.answers, step, reviewed);
    let quit = true;
    try {
      quit = await p.confirm({
        message: `Quitter ? Vos réponses seront gardées dans le brouillon ${draftFile}`,
        default: true,
        theme: confirmTheme,
      });
    } catch (error) {
      if (!isPromptExit(error)) throw error;
    }
    if (quit) throw new WizardQuit(ctx.answers, step, reviewed);
  };

  /** Asks a section; Ctrl-C asks to confirm, and « non » asks the section again, answers pre-filled. */
  const askSection = async (section: Section): Promise<void> => {
    for (;;) {
      start.onStep?.(section.id, reviewed);
      io.out(`\n${styleText('bold', `— ${section.titre} —`)}\n`);
      try {
        await section.ask(ctx);
        return;
      } catch (error) {
        if (!isPromptExit(error)) throw error;
        await confirmQuit(section.id);
        io.out('On reprend cette section à sa première question ; vos réponses sont pré-remplies.\n');
      }
    }
  };

  const width = Math.min(io.columns ?? 80, 100) - 1;
  io.out(
    `${styleText('bold', 'Assistant de création du dossier ESS')}\n` +
      wrap(`Les questions suivent la trame du projet de santé. Une réponse laissée vide devient « ${A_COMPLETER} » dans le fichier.`, width) +
      '\n' +
      wrap('Ctrl-C à tout moment : quitter sans écrire le dossier ; les réponses déjà données sont gardées dans un brouillon, que le prochain « ess init » propose de reprendre.', width) +
      '\n',
  );
  const at = SECTIONS.findIndex((s) => s.id === start.step);
  if (start.answers && start.step !== undefined)
    io.out(
      `\nBrouillon repris : ${at >= 0 ? `on reprend à « ${SECTIONS[at]!.titre} », réponses pré-remplies.` : reviewed ? 'retour au récapitulatif.' : 'on reprend au début, réponses pré-remplies.'}\n`,
    );
  if (!reviewed) {
    // A draft resumes at the section it stopped in; a new interview starts at the first.
    for (const section of SECTIONS.slice(Math.max(at, 0))) await askSection(section);
    reviewed = true;
  } else if (at >= 0) await askSection(SECTIONS[at]!);
  for (;;) {
    start.onStep?.(REVIEW_STEP, reviewed);
    io.out(reviewText(ctx.answers));
    let choice: string;
    try {
      choice = await p.select<string>({
        message: 'Que faire ?',
        choices: [
          { name: 'Écrire le fichier', value: 'ecrire' },
          ...SECTIONS.map((s) => ({ name: `Modifier : ${s.titre}`, value: s.id })),
          { name: 'Quitter sans écrire le dossier (réponses gardées dans un brouillon)', value: 'quitter' },
        ],
        pageSize: SECTIONS.length + 2,
        theme: selectTheme,
      });
    } catch (error) {
      if (!isPromptExit(error)) throw error;
      choice = 'quitter';
    }
    if (choice === 'ecrire') return ctx.answers;
    if (choice === 'quitter') {
      await confirmQuit(REVIEW_STEP);
      continue;
    }
    await askSection(SECTIONS.find((s) => s.id === choice)!);
  }
}
