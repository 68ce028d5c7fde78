// The guided interview of `ess init`: one question at a time, in the order of the trame, each
// answer checked on the spot, then a review before anything is written. The sections and their
// questions come from the trame's definition (sections/); the prompt functions are passed in, so
// that whole sessions can be driven in tests.
import { styleText } from 'node:util';
import { escapeControls } from '../core/text.js';
import { wrap, type Ctx, type Prompts, type WizardIO } from './ask.js';
import { SECTIONS } from './sections/index.js';
import { A_COMPLETER, type InitAnswers } from './skeleton.js';
import { selectTheme } from './theme.js';

export type { Prompts, WizardIO };
export { wrap };

/** The user chose « Quitter sans rien écrire » at the review. */
export class WizardQuit extends Error {
  constructor() {
    super('quit');
    this.name = 'WizardQuit';
  }
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
export async function runWizard(p: Prompts, io: WizardIO, initial: InitAnswers = {}): Promise<InitAnswers> {
  const ctx: Ctx = { p, io, answers: initial };
  const width = Math.min(io.columns ?? 80, 100) - 1;
  io.out(
    `${styleText('bold', 'Assistant de création du dossier ESS')}\n` +
      wrap(`Les questions suivent la trame du projet de santé. Une réponse laissée vide devient « ${A_COMPLETER} » dans le fichier.`, width) +
      '\nCtrl-C à tout moment : abandon, aucun fichier écrit.\n',
  );
  for (const section of SECTIONS) {
    io.out(`\n${styleText('bold', `— ${section.titre} —`)}\n`);
    await section.ask(ctx);
  }
  for (;;) {
    io.out(reviewText(ctx.answers));
    const choice = await p.select<string>({
      message: 'Que faire ?',
      choices: [
        { name: 'Écrire le fichier', value: 'ecrire' },
        ...SECTIONS.map((s) => ({ name: `Modifier : ${s.titre}`, value: s.id })),
        { name: 'Quitter sans rien écrire', value: 'quitter' },
      ],
      pageSize: SECTIONS.length + 2,
      theme: selectTheme,
    });
    if (choice === 'ecrire') return ctx.answers;
    if (choice === 'quitter') throw new WizardQuit();
    const section = SECTIONS.find((s) => s.id === choice)!;
    io.out(`\n${styleText('bold', `— ${section.titre} —`)}\n`);
    await section.ask(ctx);
  }
}
