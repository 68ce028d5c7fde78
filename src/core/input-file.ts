// Reading a file the user names: only a regular file, up to a size far above any real one, so that
// a FIFO, /dev/zero, a device or a folder is refused at once instead of hanging or filling memory.
import { statSync, type Stats } from 'node:fs';
import { systemErrorText } from './error-report.js';
import { formatNumber } from './text.js';

/**
 * A dossier is a few hundred KB at most; beyond 32 MB it is a wrong file (an answer of 20 MB, a
 * paste gone wrong, is still read, to be reported by the texte-trop-long rule).
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export interface InputProblem {
  code: string;
  /** French, complete: what the path is, and what is expected instead. */
  message: string;
}

function kind(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'un répertoire';
  if (stat.isFIFO()) return 'un tube nommé (FIFO)';
  if (stat.isSocket()) return 'une socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'un périphérique';
  return 'un fichier spécial';
}

/**
 * Why `path` cannot be read as the `what` expected (« le dossier YAML », « le fichier CSV »…), or
 * undefined when it is a regular file of acceptable size. Never opens the file: opening a FIFO waits.
 */
export function inputProblem(path: string, what: string, maxBytes = MAX_INPUT_BYTES): InputProblem | undefined {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { code, message: `${path} ne peut pas être lu (${systemErrorText(error)}) : indiquez ${what}.` };
  }
  const special = kind(stat);
  if (special) return { code: stat.isDirectory() ? 'EISDIR' : 'ESPECIAL', message: `${path} est ${special}, pas un fichier : indiquez ${what}.` };
  if (stat.size > maxBytes) {
    return {
      code: 'ETOOBIG',
      message: `${path} est trop volumineux (${formatNumber(stat.size / 1024 / 1024, 1)} Mo ; au plus ${formatNumber(maxBytes / 1024 / 1024)} Mo) : ce n’est pas ${what}. Vérifiez le chemin.`,
    };
  }
  return undefined;
}
