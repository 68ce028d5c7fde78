// The parts of a DOCX that the importer reads, out of its zip (yauzl, already bundled for the
// Annuaire reader). Only word/document.xml, word/styles.xml and word/numbering.xml are inflated:
// the rest (images, fonts) is skipped without being read.
import { readFileSync } from 'node:fs';
import type { Entry, ZipFile } from 'yauzl';
import { EssError, EXIT_FINDINGS, InputError } from '../../core/errors.js';
import { systemErrorText } from '../../core/error-report.js';

export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
}

const WANTED = new Set(['word/document.xml', 'word/styles.xml', 'word/numbering.xml']);
/** A projet de santé is well under a megabyte of XML; a larger part is not one (and would be slow). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** The bytes of the file (exit 2 when it cannot be read at all). */
export function readSource(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Fichier introuvable : ${file}. Vérifiez le chemin du DOCX à importer.`);
    if (code === 'EISDIR') throw new InputError(`${file} est un répertoire : indiquez le fichier .docx du projet de santé.`);
    throw new InputError(`Impossible de lire ${file} (${systemErrorText(error)}).`);
  }
}

/** Not a projet de santé (exit 1, nothing changed): what it is, and what to give instead. */
export function notAProjet(file: string, why: string): EssError {
  return new EssError(`${file} n’est pas un projet de santé lisible : ${why}. Rien n’a été modifié. Indiquez le DOCX du projet de santé (écrit par « ess render » ou la trame type remplie).`, EXIT_FINDINGS);
}

export async function docxParts(file: string, bytes: Buffer): Promise<DocxParts> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw notAProjet(file, 'ce n’est pas un fichier DOCX (une archive zip)');
  const yauzl = (await import('yauzl')).default;
  const parts = new Map<string, string>();
  try {
    const zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))),
    );
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        if (!WANTED.has(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > MAX_PART_BYTES) return reject(new Error(`${entry.fileName} trop grand`));
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    throw notAProjet(file, `l’archive est abîmée (${(error as Error).message})`);
  }
  const document = parts.get('word/document.xml');
  if (document === undefined) throw notAProjet(file, 'l’archive ne contient pas de document Word (word/document.xml)');
  return { document, styles: parts.get('word/styles.xml'), numbering: parts.get('word/numbering.xml') };
}
