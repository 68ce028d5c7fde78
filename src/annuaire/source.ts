import { openSync, readSync, closeSync, statSync } from 'node:fs';
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
  throw new InputError(`Impossible de lire l’extrait ${file} (${code ?? String(error)}).`);
}

function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    return n === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

/** Fails early (exit 2, French message) when the path cannot be read as a file. */
export function assertReadable(file: string): void {
  try {
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

async function openZipEntry(file: string): Promise<ExtractSource> {
  const yauzl = (await import('yauzl')).default;
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) {
        reject(new InputError(`${file} n’est pas une archive zip lisible (${error?.message ?? 'archive vide'}) : téléchargez-la de nouveau, ou indiquez le fichier .txt.`));
        return;
      }
      let found = false;
      zip.on('entry', (entry: import('yauzl').Entry) => {
        if (!ENTRY.test(entry.fileName)) {
          zip.readEntry();
          return;
        }
        found = true;
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            reject(new InputError(`Impossible de lire ${entry.fileName} dans ${file} (${streamError?.message ?? 'flux vide'}).`));
            return;
          }
          resolve(fromStream(stream, entry.uncompressedSize, entry.fileName));
        });
      });
      zip.on('end', () => {
        if (!found) {
          reject(new InputError(`L’archive ${file} ne contient pas de fichier PS_LibreAcces_Personne_activite_….txt : indiquez l’archive PS_LibreAcces de l’Annuaire santé, ou directement ce fichier .txt.`));
        }
      });
      zip.on('error', (zipError: Error) => reject(new InputError(`Archive ${file} illisible : ${zipError.message}.`)));
      zip.readEntry();
    });
  });
}

function fromStream(stream: Readable, totalBytes: number, name: string): ExtractSource {
  return { chunks: stream as AsyncIterable<Buffer>, close: () => stream.destroy(), totalBytes, name };
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
