import { close, closeSync, fchmod, fchmodSync, fsync, fsyncSync, link, linkSync, open, openSync, readdirSync, rename, renameSync, statSync, unlink, unlinkSync, write, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { systemErrorText } from './error-report.js';
import { EssError } from './errors.js';
import { onInterrupt } from './interrupt.js';

export interface AtomicWriteOptions {
  /** Mode of the written file; by default the mode of the file replaced, or the umask's for a new one. */
  mode?: number;
  /** Never replace an existing file: fail with EEXIST instead (for backups). */
  exclusive?: boolean;
}

/**
 * Writes a file so that readers see either the old content or the whole new one, never a part:
 * a temporary file in the same folder (same file system, so rename is atomic), flushed, renamed.
 * The temporary file is removed if the process is interrupted, and the replaced file's mode is kept.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const { tmp, mode, done } = begin(path, options);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.exclusive) {
      linkSync(tmp, path);
      unlinkSync(tmp);
    } else renameSync(tmp, path);
  } catch (error) {
    throw abandon(path, tmp, fd, error);
  } finally {
    done();
  }
}

/**
 * The same, asynchronously: an interruption (Ctrl-C, kill) is handled at once, before the rename,
 * so that the temporary file is removed and the previous file stays as it was. For the documents.
 */
export async function writeFileAtomicAsync(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const { tmp, mode, done } = begin(path, options);
  let fd: number | undefined;
  try {
    fd = await call<number>((cb) => open(tmp, 'wx', 0o666, cb));
    const file = fd;
    if (mode !== undefined) await call((cb) => fchmod(file, mode, cb));
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let written = 0; written < bytes.length; ) written += await call<number>((cb) => write(file, bytes, written, bytes.length - written, null, cb));
    await call((cb) => fsync(file, cb));
    fd = undefined;
    await call((cb) => close(file, cb));
    await pauseForTests();
    if (options.exclusive) {
      await call((cb) => link(tmp, path, cb));
      await call((cb) => unlink(tmp, cb));
    } else await call((cb) => rename(tmp, path, cb));
  } catch (error) {
    throw abandon(path, tmp, fd, error);
  } finally {
    done();
  }
}

/** What both writers do first: old temporaries swept, the mode to keep, the temporary file's removal on interruption. */
function begin(path: string, options: AtomicWriteOptions): { tmp: string; mode: number | undefined; done: () => void } {
  removeStaleTemporaries(path);
  const tmp = temporaryName(path);
  const done = onInterrupt(() => unlinkSync(tmp));
  return { tmp, mode: options.mode ?? existingMode(path), done };
}

/** A failed write: the temporary file closed and removed; the error to throw, in French. */
function abandon(path: string, tmp: string, fd: number | undefined, error: unknown): Error {
  if (fd !== undefined) closeSync(fd);
  try {
    unlinkSync(tmp);
  } catch {
    // The temporary file was never created, or is already gone.
  }
  return writeError(path, error);
}

/** A callback of node:fs as a promise (node:fs/promises would cost render 2 ms to load). */
function call<T = void>(run: (callback: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));
}

/**
 * Opened with 'wx': a name already taken fails rather than being overwritten, so the suffix only
 * needs to be unlikely to collide (node:crypto would cost a render 4 ms to load).
 */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

const TMP = /^\.(.+)\.(\d+)\.[a-z0-9]+\.tmp$/;

/** Temporary files of earlier runs of this output, left by a process that no longer exists (killed, power cut). */
function removeStaleTemporaries(path: string): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = TMP.exec(entry);
    if (!m || m[1] !== name || Number(m[2]) === process.pid || isAlive(Number(m[2]))) continue;
    try {
      unlinkSync(join(dirname(path), entry));
    } catch {
      // Someone else's file, or already removed: left as it is.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Tests only (ESS_TEST_WRITE_PAUSE_MS): hold the temporary file before its rename, for a test to interrupt the write there. */
async function pauseForTests(): Promise<void> {
  const ms = Number(process.env.ESS_TEST_WRITE_PAUSE_MS);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

function writeError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new EssError(`Écriture refusée : ${path}. Vérifiez les droits du dossier, ou choisissez un autre emplacement.`);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new EssError(`Disque plein : ${path} n’a pas pu être écrit. Libérez de la place puis relancez.`);
  if (code === 'ENOENT') return new EssError(`Dossier introuvable pour écrire ${path}.`);
  if (code === 'EISDIR') return new EssError(`${path} est un répertoire : impossible d’y écrire un fichier.`);
  if (code === 'EEXIST') return Object.assign(new EssError(`${path} existe déjà.`), { code });
  if (code) return new EssError(`${path} n’a pas pu être écrit (${systemErrorText(error)}).`);
  return error instanceof Error ? error : new Error(String(error));
}
