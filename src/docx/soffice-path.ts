// Where LibreOffice's `soffice` is, on the machines doctors have: ESS_SOFFICE first (an install
// in an unusual place), then PATH (Linux packages, Homebrew), then the folders the installers use
// on Windows and macOS, which do not put soffice on PATH.
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { EssError } from '../core/errors.js';

export interface SofficeContext {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  isFile: (path: string) => boolean;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const defaultContext = (): SofficeContext => ({ env: process.env, platform: process.platform, home: homedir(), isFile });

export const INSTALL_HELP = [
  'Pour obtenir les PDF, installez LibreOffice (gratuit) :',
  '  - Windows : téléchargez-le sur https://fr.libreoffice.org/download/telecharger-libreoffice/ et installez-le à l’emplacement proposé ;',
  '  - macOS : téléchargez-le sur la même page et glissez LibreOffice dans le dossier Applications (ou : brew install --cask libreoffice) ;',
  '  - Linux : sudo apt-get install libreoffice-writer-nogui (Debian, Ubuntu), ou sudo dnf install libreoffice-writer (Fedora).',
  'LibreOffice installé ailleurs : indiquez le chemin de son programme soffice dans la variable d’environnement ESS_SOFFICE.',
].join('\n');

/** The usual install paths, in the order a user is likeliest to have them. */
export function usualPaths(context: Pick<SofficeContext, 'env' | 'platform' | 'home'>): string[] {
  const { env, platform, home } = context;
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((r): r is string => !!r);
    return [...new Set(roots.map((root) => win32.join(root, 'LibreOffice', 'program', 'soffice.exe')))];
  }
  if (platform === 'darwin') {
    return ['/Applications/LibreOffice.app/Contents/MacOS/soffice', posix.join(home, 'Applications/LibreOffice.app/Contents/MacOS/soffice')];
  }
  return ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice', '/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice'];
}

/** soffice (or libreoffice) in a folder of PATH; on Windows with the extensions of PATHEXT. */
function onPath(context: SofficeContext, names = ['soffice', 'libreoffice']): string | undefined {
  const windows = context.platform === 'win32';
  const path = windows ? win32 : posix;
  const pathVar = (windows ? (context.env.Path ?? context.env.PATH) : context.env.PATH) ?? '';
  const extensions = windows ? (context.env.PATHEXT ?? '.EXE;.COM').split(';').filter(Boolean) : [''];
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      for (const ext of extensions) {
        const candidate = path.join(dir, name + ext.toLowerCase());
        if (context.isFile(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * The soffice program to run. Throws a French EssError (exit 2) that says how to install
 * LibreOffice on each system when there is none, or when ESS_SOFFICE names a missing file.
 */
export function findSoffice(context: SofficeContext = defaultContext()): string {
  const chosen = context.env.ESS_SOFFICE;
  if (chosen) {
    if (context.isFile(chosen)) return chosen;
    // A bare name (ESS_SOFFICE=libreoffice7.6) is a command of PATH.
    const command = /[\\/]/.test(chosen) ? undefined : onPath(context, [chosen]);
    if (command) return command;
    throw new EssError(
      `LibreOffice est introuvable : la variable ESS_SOFFICE indique « ${chosen} », qui n’est pas un fichier. Les DOCX sont écrits, pas les PDF.\n` +
        `Corrigez ESS_SOFFICE (ou retirez-la pour qu’ess cherche LibreOffice aux emplacements habituels).\n${INSTALL_HELP}`,
    );
  }
  const found = onPath(context) ?? usualPaths(context).find((p) => context.isFile(p));
  if (found) return found;
  throw new EssError(`LibreOffice est introuvable (ni dans le PATH, ni aux emplacements d’installation habituels) : les DOCX sont écrits, pas les PDF.\n${INSTALL_HELP}`);
}
