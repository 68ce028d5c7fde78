// `ess completer [FICHIER]`: takes an existing dossier up again in the terminal (cli.md). Says how
// far it is, asks each answer still to write for the stage in the trame's order, and saves each
// one as soon as it is given (atomic write; the first save keeps the dossier as it was in a
// backup). Ctrl-C loses only the answer being typed: it prints what was saved and exits 130, as
// a shell reports an interrupted command (and as `init` does).
import { styleText } from 'node:util';
import { checkDossier } from '../check.js';
import { EXIT_OK, EXIT_USAGE, EssError, UsageError } from '../core/errors.js';
import type { Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import { readDossierFile, type DossierText } from '../dossier/read.js';
import { DossierSaver } from '../dossier/save.js';
import { progress, progressText } from '../trame/progress.js';
import { plan } from '../completer/plan.js';
import { wrap } from '../wizard/ask.js';
import { nextCommand, shellArgument } from '../report/next-command.js';
import type { CompleterIO, CompleterPrompts, SessionState } from '../completer/session.js';

/** The stages whose answers completer asks: the lettre, the projet, and the rapport d'activité of a year. */
export type CompleterStage = Extract<Stage, 'lettre' | 'projet' | 'rapport'>;

export interface CompleterOptions {
  etape?: CompleterStage;
  /** The year of the rapport d'activité: required with `etape: 'rapport'` (the CLI checks it, as for check). */
  annee?: string;
}

/** What the command talks to; tests pass their own prompts, streams and editor. */
export interface CompleterDeps {
  prompts?: CompleterPrompts;
  /** Whether questions can be asked (stdin and stdout are terminals). */
  interactive?: boolean;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** The text editor (default: $VISUAL, $EDITOR, Notepad on Windows; none offered otherwise). */
  editor?: ((text: string) => string) | null;
  columns?: number;
}

/** Exit status of a session interrupted by Ctrl-C: 130, as for SIGINT (128 + 2); what was answered is saved. */
export const EXIT_INTERRUPTED = 130;

const STAGE_NAME: Record<CompleterStage, string> = { lettre: 'lettre d’intention', projet: 'projet de santé', rapport: 'rapport d’activité' };

function isAbort(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/** The dossier as `check` reads it; a file that is not YAML cannot be edited: `check` says where it is wrong. */
function readData(input: DossierText, file: string): unknown {
  const result = checkDossier(input, 'projet');
  if (result.data === undefined || result.data === null || typeof result.data !== 'object' || Array.isArray(result.data)) {
    const first = result.results.find((f) => f.severity === 'error');
    throw new EssError(
      `Le dossier ${file} ne peut pas être repris : ${first ? `ligne ${first.line}, colonne ${first.column} : ${first.message.replace(/\.$/, '')}` : 'il ne contient pas de réponses'}. ` +
        `Corrigez-le d’abord (« ess check ${shellArgument(file)} » montre où), puis relancez « ess completer ».`,
    );
  }
  return result.data;
}

/** The editor the user has chosen, if any: a person who never set $EDITOR is not sent into vi. */
async function defaultEditor(): Promise<((text: string) => string) | undefined> {
  if (!process.env.VISUAL && !process.env.EDITOR && process.platform !== 'win32') return undefined;
  const { edit } = await import('@inquirer/external-editor');
  return (text: string) => edit(text, { postfix: '.txt' });
}

export async function completer(file: string, options: CompleterOptions, deps: CompleterDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = deps.stderr ?? ((t: string) => void process.stderr.write(t));
  const terminal = deps.interactive ?? (process.stdin.isTTY === true && process.stdout.isTTY === true);
  const f = shellArgument(file);
  if (options.etape === 'rapport' && options.annee === undefined) throw new UsageError('L’étape rapport (rapport d’activité) porte sur une année : ajoutez --annee AAAA.');
  const annee = options.etape === 'rapport' ? options.annee : undefined;
  // The options as typed again in the commands suggested (`--etape rapport --annee 2028`).
  const stageArgs = `${options.etape ? ` --etape ${options.etape}` : ''}${annee ? ` --annee ${annee}` : ''}`;
  if (!terminal) {
    err(
      'ess completer : l’entrée ou la sortie n’est pas un terminal, aucune question ne peut être posée ; le dossier n’est pas modifié. ' +
        `Lancez « ess completer ${f}${stageArgs} » directement dans un terminal, ou rédigez les réponses dans le fichier (« ess check ${f}${stageArgs} » les liste).\n`,
    );
    return EXIT_USAGE;
  }

  const width = Math.min(deps.columns ?? process.stdout.columns ?? 80, 100) - 1;
  const saver = new DossierSaver(file);
  const load = () => readData(readDossierFile(file), file);
  const first = readDossierFile(file);
  let data = readData(first, file);
  // Default: the lettre until it is ready; but a lettre with nothing left to write (its errors
  // are not answers, `check` says which) goes on with the projet.
  const stage: CompleterStage = options.etape ?? (checkDossier(first, 'lettre').summary.errors > 0 && plan(data, 'lettre').length > 0 ? 'lettre' : 'projet');
  // « … pour le rapport d’activité 2028 »: the year named, as a-completer names it.
  const howFar = (dossier: unknown) => `${progressText(progress(dossier as Dossier, stage, annee))}${annee ? ` ${annee}` : ''}`;
  out(`${styleText('bold', `${file} : ${howFar(data)}.`)}\n`);
  if (options.etape === undefined && stage === 'lettre') out('La lettre d’intention d’abord : ses réponses sont demandées avant celles du projet de santé.\n');

  const state: SessionState = { saved: 0, skipped: 0 };
  if (plan(data, stage, annee).length > 0) {
    const prompts = deps.prompts ?? (await promptsOf());
    const editor = deps.editor === null ? undefined : (deps.editor ?? (await defaultEditor()));
    const io: CompleterIO = { out, columns: deps.columns ?? process.stdout.columns, ...(editor ? { editor } : {}) };
    const intro =
      'Chaque réponse est enregistrée dès qu’elle est donnée. Entrée sur une ligne vide termine une réponse ; Entrée tout de suite laisse la question pour plus tard. ' +
      'Ctrl-C arrête : les réponses données restent enregistrées.';
    out(styleText('dim', wrap(intro, width)) + '\n');
    const { runSession } = await import('../completer/session.js');
    try {
      await runSession({ p: prompts, io, saver, readData: load, stage, ...(annee ? { annee } : {}), state });
    } catch (error) {
      if (!isAbort(error)) throw error;
      err(`\n${wrap(interruptedText(file, saver, state, stageArgs), width)}\n`);
      return EXIT_INTERRUPTED;
    }
    data = load();
  }

  const say = (text: string) => out(`${wrap(text, width)}\n`);
  const { errors, warnings } = checkDossier(readDossierFile(file), stage, annee ? { annee } : {}).summary;
  const ready = errors === 0;
  const stageName = `${STAGE_NAME[stage]}${annee ? ` ${annee}` : ''}`;
  out(`\n${styleText('bold', `${howFar(data)}.`)}\n`);
  if (saver.backupFile !== undefined) say(`${state.saved} réponse(s) enregistrée(s) dans ${file} ; le dossier d’origine est gardé dans ${saver.backupFile}.`);
  if (state.skipped > 0) say(`${state.skipped} question(s) laissée(s) pour plus tard : relancez « ess completer ${f}${stageArgs} » pour y répondre.`);
  const etape = stage === 'lettre' ? ' --etape lettre' : stage === 'rapport' ? stageArgs : '';
  if (ready) {
    say(`Le dossier est prêt pour l’étape « ${stageName} ».`);
    if (warnings > 0) say(`${warnings} avertissement(s) à relire : « ess check ${f}${etape} » les montre.`);
    out(`Suite : ${nextCommand({ file, stage, ...(annee ? { annee } : {}), missingAnswers: 0, errors })}\n`);
    if (stage === 'lettre') out(`Puis le projet de santé : ess completer ${f} --etape projet\n`);
  } else {
    say(`Ce qui reste à corriger pour l’étape « ${stageName} » :`);
    out(`Suite : ess check ${f}${etape}\n`);
  }
  return EXIT_OK;
}

function interruptedText(file: string, saver: DossierSaver, state: SessionState, stageArgs: string): string {
  if (saver.backupFile === undefined) return `Interrompu : aucune réponse enregistrée, ${file} n’a pas été modifié.`;
  return (
    `Interrompu : ${state.saved} réponse(s) enregistrée(s) dans ${file} (la réponse en cours de saisie ne l’est pas) ; ` +
    `le dossier d’origine est gardé dans ${saver.backupFile}. ` +
    `Reprenez avec « ess completer ${shellArgument(file)}${stageArgs} ».`
  );
}

async function promptsOf(): Promise<CompleterPrompts> {
  const [inquirer, { multilinePrompt }] = await Promise.all([import('@inquirer/prompts'), import('../wizard/prompts/multiline.js')]);
  return { input: inquirer.input, select: inquirer.select, checkbox: inquirer.checkbox, confirm: inquirer.confirm, search: inquirer.search, multiline: multilinePrompt };
}
