import { EssError, EXIT_USAGE } from './errors.js';
import { escapeControls } from './text.js';

export interface ErrorReport {
  message: string;
  exitCode: number;
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'fichier ou dossier introuvable',
  EACCES: 'accès refusé (droits insuffisants)',
  EPERM: 'opération non permise',
  EISDIR: 'un répertoire a été donné à la place d’un fichier',
  ENOTDIR: 'un fichier a été donné à la place d’un répertoire',
  ENOSPC: 'disque plein',
  EROFS: 'système de fichiers en lecture seule',
  EMFILE: 'trop de fichiers ouverts',
  EEXIST: 'le fichier existe déjà',
  ENAMETOOLONG: 'nom de fichier trop long',
  ELOOP: 'trop de liens symboliques (boucle de liens)',
  EDQUOT: 'quota de disque dépassé',
  EFBIG: 'fichier trop volumineux',
  EIO: 'erreur d’entrée-sortie du disque',
  ENXIO: 'périphérique introuvable',
  EBUSY: 'fichier ou périphérique occupé',
};

/** A system error code in French words, for messages that name a file themselves. */
export function systemErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && SYSTEM_ERRORS[code]) return SYSTEM_ERRORS[code];
  return code ? `erreur système ${code}` : 'erreur inconnue';
}

/** Standard output could not be written (anything but a reader that stopped: see main.ts). */
export function outputError(error: unknown): ErrorReport {
  return {
    message: `ess : la sortie n’a pas pu être écrite (${systemErrorText(error)}) : le résultat est incomplet ou vide. Libérez de la place, ou redirigez la sortie vers un autre fichier, puis relancez.`,
    exitCode: EXIT_USAGE,
  };
}

/**
 * The one place where any error becomes what the user reads: a French message and an exit code.
 * Expected errors (EssError) carry their own; system errors are named; anything else is a bug,
 * said as such, with the way to get details (--debug).
 */
export function reportError(error: unknown, debug: boolean): ErrorReport {
  // Messages quote paths and values the user did not necessarily type: never terminal sequences.
  const report = rawReport(error, debug);
  return { ...report, message: escapeControls(report.message) };
}

function rawReport(error: unknown, debug: boolean): ErrorReport {
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (EssError.is(error)) return { message: `ess : ${error.message}${stack}`, exitCode: error.exitCode };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  // Node's messages are English (« ENAMETOOLONG: name too long, open … »): only the code is kept, said in French.
  if (code && (SYSTEM_ERRORS[code] || (/^E[A-Z0-9]+$/.test(code) && (error as NodeJS.ErrnoException).syscall))) {
    return { message: `ess : ${systemErrorText(error)}${path ? ` : ${path}` : ''}.${stack}`, exitCode: EXIT_USAGE };
  }
  const what = error instanceof Error ? error.message : String(error);
  return {
    message:
      `ess : erreur inattendue (${what}).` +
      (debug ? stack : '\nCe n’est pas de votre fait. Relancez la même commande avec --debug et transmettez ce qu’elle affiche à l’équipe du projet.'),
    exitCode: EXIT_USAGE,
  };
}
