import { EssError, EXIT_USAGE } from './errors.js';

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
};

/**
 * The one place where any error becomes what the user reads: a French message and an exit code.
 * Expected errors (EssError) carry their own; system errors are named; anything else is a bug,
 * said as such, with the way to get details (--debug).
 */
export function reportError(error: unknown, debug: boolean): ErrorReport {
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (EssError.is(error)) return { message: `ess : ${error.message}${stack}`, exitCode: error.exitCode };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (code && SYSTEM_ERRORS[code]) {
    return { message: `ess : ${SYSTEM_ERRORS[code]}${path ? ` : ${path}` : ''}.${stack}`, exitCode: EXIT_USAGE };
  }
  const what = error instanceof Error ? error.message : String(error);
  return {
    message:
      `ess : erreur inattendue (${what}).` +
      (debug ? stack : '\nCe n’est pas de votre fait. Relancez la même commande avec --debug et transmettez ce qu’elle affiche à l’équipe du projet.'),
    exitCode: EXIT_USAGE,
  };
}
