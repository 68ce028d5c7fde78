import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EssError } from './errors.js';

/**
 * Writes a file so that readers see either the old content or the whole new one, never a part:
 * a temporary file in the same folder (same file system, so rename is atomic), flushed, renamed.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  // Opened with 'wx': a name already taken fails rather than being overwritten, so the suffix only
  // needs to be unlikely to collide (node:crypto would cost a render 4 ms to load).
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file was never created, or is already gone.
    }
    throw writeError(path, error);
  }
}

function writeError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new EssError(`Écriture refusée : ${path}. Vérifiez les droits du dossier, ou choisissez un autre emplacement.`);
  if (code === 'ENOSPC') return new EssError(`Disque plein : ${path} n’a pas pu être écrit. Libérez de la place puis relancez.`);
  if (code === 'ENOENT') return new EssError(`Dossier introuvable pour écrire ${path}.`);
  if (code === 'EISDIR') return new EssError(`${path} est un répertoire : impossible d’y écrire un fichier.`);
  return error instanceof Error ? error : new Error(String(error));
}
