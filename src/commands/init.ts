import { buildDossierYaml } from '../wizard/build-yaml.js';
import { A_COMPLETER, type InitAnswers } from '../wizard/skeleton.js';
import { checkTarget, packageSchemaPath, schemaRefFor, writeDossier } from '../wizard/write.js';
import type { Prompts, WizardIO } from '../wizard/wizard.js';

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

function isAbort(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'WizardQuit';
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
    const prompts = deps.prompts ?? (await import('@inquirer/prompts'));
    const { runWizard } = await import('../wizard/wizard.js');
    const io: WizardIO = { out, columns: process.stdout.columns };
    try {
      answers = await runWizard(prompts, io);
    } catch (error) {
      if (isAbort(error)) {
        err('Abandon.\n');
        return EXIT_ABANDON;
      }
      throw error;
    }
    // The file may have appeared while the questions were answered.
    checkTarget(file, force);
  }

  const text = buildDossierYaml(answers, { schemaRef: schemaRefFor(file, packageSchemaPath()) });
  const { backupFile } = writeDossier(file, text, force);
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
