import { existsSync } from 'node:fs';
import { onInterrupt } from '../core/interrupt.js';
import { buildDossierYaml } from '../wizard/build-yaml.js';
import { draftPath, draftWhen, readDraft, removeDraft, writeDraft } from '../wizard/draft.js';
import { confirmTheme } from '../wizard/theme.js';
import { A_COMPLETER, type InitAnswers } from '../wizard/skeleton.js';
import { checkTarget, packageSchemaPath, schemaRefFor, writeDossier } from '../wizard/write.js';
import type { Prompts, WizardIO, WizardStart } from '../wizard/wizard.js';

export interface InitOptions {
  force?: boolean;
  nonInteractif?: boolean;
}

/** What the command talks to; tests pass their own prompts and streams. */
export interface InitDeps {
  prompts?: Prompts;
  /** Whether questions can be asked (stdin and stdout are terminals). */
  interactive?: boolean;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** Exit status of an interrupted session (Ctrl-C or « Quitter »): 130, as for SIGINT (128 + 2). */
export const EXIT_ABANDON = 130;

/** Offers to resume the draft of an interrupted `init` of this file; its answers and step when taken. */
async function offerDraft(file: string, prompts: Prompts, err: (text: string) => void): Promise<WizardStart> {
  const draft = readDraft(file);
  if (!draft) return {};
  // A draft edited by hand must not crash the wizard: its answers must have the dossier's shape.
  const shapeless = !('problem' in draft) && !(await import('../wizard/draft-shape.js')).draftFits(draft.answers);
  if ('problem' in draft || shapeless) {
    const problem = 'problem' in draft ? draft.problem : 'ses réponses n’ont pas la forme d’un dossier (fichier modifié à la main ?)';
    err(`Le brouillon ${draftPath(file)} est ignoré : ${problem}. Il sera remplacé si vous quittez de nouveau.\n`);
    return {};
  }
  const resume = await prompts.confirm({
    message: `Reprendre le brouillon du ${draftWhen(draft.savedAt)} ? (non : recommencer du début)`,
    default: true,
    theme: confirmTheme,
  });
  return resume ? { answers: draft.answers, step: draft.step, reviewed: draft.reviewed } : {};
}

/** The user quit: the answers kept in the draft (none given: nothing written at all). */
function keepDraft(file: string, quit: { answers: InitAnswers; step: string; reviewed: boolean }, err: (text: string) => void): number {
  if (Object.keys(quit.answers).length === 0) {
    err('Abandon. Aucune réponse n’était donnée : aucun fichier écrit.\n');
    return EXIT_ABANDON;
  }
  try {
    const path = writeDraft(file, { savedAt: new Date().toISOString(), step: quit.step, reviewed: quit.reviewed, answers: quit.answers });
    err(`Abandon : le dossier n’est pas écrit.\nVos réponses sont gardées dans le brouillon ${path}.\nPour les reprendre : ess init ${shellArg(file)}\n`);
  } catch (error) {
    err(`Abandon : le dossier n’est pas écrit, et le brouillon n’a pas pu être gardé : ${(error as Error).message}\n`);
  }
  return EXIT_ABANDON;
}

/** The dossier is written: its draft has served. */
function dropDraft(file: string, err: (text: string) => void): void {
  try {
    removeDraft(file);
  } catch (error) {
    err(`Le brouillon ${draftPath(file)} n’a pas pu être supprimé (${(error as NodeJS.ErrnoException).code ?? 'erreur'}) : supprimez-le vous-même, il contient des données personnelles.\n`);
  }
}

function isAbort(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

function placeholdersLeft(text: string): number {
  return text.split('\n').filter((line) => !line.trimStart().startsWith('#') && line.includes(A_COMPLETER)).length;
}

/** A file name as the user types it in a shell: quoted when it holds spaces or quotes. */
function shellArg(file: string): string {
  return /^[\w./@%+=:,-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

export async function init(file: string, options: InitOptions, deps: InitDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = deps.stderr ?? ((t: string) => void process.stderr.write(t));
  const force = options.force === true;
  // Refuse before asking anything: nobody should answer forty questions for nothing.
  checkTarget(file, force);

  const terminal = deps.interactive ?? (process.stdin.isTTY === true && process.stdout.isTTY === true);
  let answers: InitAnswers = {};
  if (!options.nonInteractif && !terminal) {
    err(
      'ess init : l’entrée ou la sortie n’est pas un terminal, aucune question ne peut être posée : ' +
        `mode non interactif (comme --non-interactif), le squelette complet est écrit avec « ${A_COMPLETER} ».\n`,
    );
  }
  if (!options.nonInteractif && terminal) {
    const prompts = deps.prompts ?? { ...(await import('@inquirer/prompts')), multiline: (await import('../wizard/prompts/multiline.js')).multilinePrompt };
    const { runWizard, WizardQuit } = await import('../wizard/wizard.js');
    const io: WizardIO = { out, columns: process.stdout.columns };
    const draftFile = draftPath(file);
    // Where the interview stands, for a draft saved if the process is killed or the terminal
    // closed (SIGHUP, SIGTERM): Ctrl-C at a prompt is a key, handled by the wizard.
    const live: { answers: InitAnswers; step?: string; reviewed: boolean } = { answers: {}, reviewed: false };
    const stopWatching = onInterrupt(() => {
      if (Object.keys(live.answers).length > 0 && live.step)
        writeDraft(file, { savedAt: new Date().toISOString(), step: live.step, reviewed: live.reviewed, answers: live.answers });
    });
    try {
      const resumed = await offerDraft(file, prompts, err);
      live.answers = resumed.answers ?? live.answers;
      const start: WizardStart = {
        ...resumed,
        answers: live.answers,
        draftFile,
        onStep: (step, reviewed) => Object.assign(live, { step, reviewed }),
      };
      answers = await runWizard(prompts, io, start);
    } catch (error) {
      if (error instanceof WizardQuit) return keepDraft(file, error, err);
      if (isAbort(error)) {
        err(existsSync(draftFile) ? `Abandon. Le brouillon ${draftFile} est gardé tel quel.\n` : 'Abandon.\n');
        return EXIT_ABANDON;
      }
      throw error;
    } finally {
      stopWatching();
    }
    // The file may have appeared while the questions were answered.
    checkTarget(file, force);
  } else if (existsSync(draftPath(file))) {
    err(`Le brouillon ${draftPath(file)} n’est pas repris sans terminal ; il reste en place pour un prochain « ess init » interactif.\n`);
  }

  const text = buildDossierYaml(answers, { schemaRef: schemaRefFor(file, packageSchemaPath()) });
  const { backupFile } = writeDossier(file, text, force);
  if (!options.nonInteractif && terminal) dropDraft(file, err);
  const left = placeholdersLeft(text);
  const f = shellArg(file);
  out(
    `\nDossier écrit : ${file}\n` +
      (backupFile ? `L’ancien fichier est gardé dans ${backupFile}.\n` : '') +
      `${left > 0 ? `${left} réponse(s) « ${A_COMPLETER} » restent à rédiger dans le fichier.` : 'Toutes les réponses sont données.'}\n` +
      '\nÉtapes suivantes :\n' +
      `  1. Ouvrez ${file} dans un éditeur de texte et remplacez les « ${A_COMPLETER} ».\n` +
      `  2. Vérifiez la lettre d’intention :  ess check ${f} --etape lettre\n` +
      `  3. Vérifiez le projet de santé :    ess check ${f}\n` +
      `  4. Produisez les documents DOCX :    ess render ${f}   (--brouillon tant qu’il reste des erreurs)\n`,
  );
  return 0;
}
