import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { inputProblem } from '../core/input-file.js';
import { systemErrorText } from '../core/error-report.js';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { EssError, InputError } from '../core/errors.js';

/** The bytes of the extract, whatever the packaging, and their total size (for progress). */
export interface ExtractSource {
  /**
   * The bytes, chunk by chunk. A chunk may be reused once the next one is asked for: copy what
   * must outlive it.
   */
  chunks: AsyncIterable<Buffer>;
  close(): void;
  totalBytes: number;
  /** The name of the text file read (the zip entry, or the file itself). */
  name: string;
}

const ENTRY = /(^|\/)PS_LibreAcces_Personne_activite[^/]*\.txt$/i;
/** Large reads into one reused buffer: the fastest way through 760 MB, in constant memory. */
const CHUNK = 1 << 22;

function fail(file: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') throw new InputError(`Extrait de l’Annuaire santé introuvable : ${file}. Vérifiez le chemin passé à --annuaire.`);
  if (code === 'EISDIR') throw new InputError(`${file} est un répertoire : indiquez le fichier PS_LibreAcces_Personne_activite_….txt ou l’archive .zip.`);
  if (code === 'EACCES' || code === 'EPERM') throw new InputError(`Lecture refusée : ${file}. Vérifiez les droits d’accès au fichier.`);
  throw new InputError(`Impossible de lire l’extrait ${file} (${systemErrorText(error)}).`);
}

const WHAT = 'le fichier PS_LibreAcces_Personne_activite_….txt ou l’archive .zip de l’Annuaire santé';

/** The first bytes say what the file is: a zip, a gzip (refused, with what to do), or text. */
function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
      throw new InputError(`${file} est une archive gzip (.gz), pas l’extrait de l’Annuaire santé : décompressez-la d’abord (gunzip), ou indiquez l’archive .zip téléchargée telle quelle.`);
    }
    return n === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

/** Fails early (exit 2, French message) when the path cannot be read as a file: a FIFO or a device is refused before it is opened. */
export function assertReadable(file: string): void {
  try {
    const problem = inputProblem(file, WHAT, Number.POSITIVE_INFINITY);
    if (problem && problem.code !== 'ENOENT' && problem.code !== 'EISDIR') throw new InputError(problem.message);
    const stat = statSync(file);
    if (stat.isDirectory()) fail(file, Object.assign(new Error(), { code: 'EISDIR' }));
    closeSync(openSync(file, 'r'));
  } catch (error) {
    if (EssError.is(error)) throw error;
    fail(file, error);
  }
}

/** Opens the `.txt` as downloaded, or streams its entry out of the `.zip` (never unpacked to disk). */
export async function openExtract(file: string): Promise<ExtractSource> {
  let size: number;
  try {
    assertReadable(file);
    const stat = statSync(file);
    if (stat.isDirectory()) fail(file, Object.assign(new Error(), { code: 'EISDIR' }));
    size = stat.size;
    if (!isZip(file)) return readFileChunks(file, size);
  } catch (error) {
    if (EssError.is(error)) throw error;
    fail(file, error);
  }
  return openZipEntry(file);
}

function damaged(file: string, entry: string): InputError {
  return new InputError(
    `L’archive ${file} est endommagée (${entry} ne se décompresse pas correctement, ou son contenu ne correspond pas à sa somme de contrôle) : téléchargez-la de nouveau depuis l’Annuaire santé.`,
  );
}

async function openZipEntry(file: string): Promise<ExtractSource> {
  const yauzl = (await import('yauzl')).default;
  return new Promise((resolve, reject) => {
    // autoClose off: the entry is opened once every name is known (two extracts are refused).
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) {
        reject(new InputError(`${file} n’est pas une archive zip lisible (${error ? 'archive tronquée ou endommagée' : 'archive vide'}) : téléchargez-la de nouveau, ou indiquez le fichier .txt.`));
        return;
      }
      const found: import('yauzl').Entry[] = [];
      zip.on('entry', (entry: import('yauzl').Entry) => {
        if (ENTRY.test(entry.fileName)) found.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        if (found.length === 0) {
          zip.close();
          reject(new InputError(`L’archive ${file} ne contient pas de fichier PS_LibreAcces_Personne_activite_….txt : indiquez l’archive PS_LibreAcces de l’Annuaire santé, ou directement ce fichier .txt.`));
          return;
        }
        if (found.length > 1) {
          zip.close();
          reject(new InputError(`L’archive ${file} contient plusieurs extraits : ${found.map((e) => e.fileName).join(' et ')}. Indiquez directement le fichier .txt à lire, ou l’archive telle que téléchargée.`));
          return;
        }
        const entry = found[0]!;
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            zip.close();
            reject(damaged(file, entry.fileName));
            return;
          }
          stream.on('close', () => zip.close());
          resolve({ chunks: verified(stream, entry, file), close: () => stream.destroy(), totalBytes: entry.uncompressedSize, name: entry.fileName });
        });
      });
      zip.on('error', () => reject(damaged(file, 'une entrée')));
      zip.readEntry();
    });
  });
}

/** The entry's bytes, checked against the archive's size and CRC-32 (yauzl leaves the CRC to its user). */
async function* verified(stream: Readable, entry: import('yauzl').Entry, file: string): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  } catch {
    throw damaged(file, entry.fileName);
  }
  if (size !== entry.uncompressedSize || crc >>> 0 !== entry.crc32 >>> 0) throw damaged(file, entry.fileName);
}

function readFileChunks(file: string, totalBytes: number): ExtractSource {
  let closed = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      while (!closed) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) return;
        yield bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }
  return { chunks: chunks(), close: () => (closed = true), totalBytes, name: basename(file) };
}
