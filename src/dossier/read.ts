import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { inputProblem } from '../core/input-file.js';
import { systemErrorText } from '../core/error-report.js';

export interface DossierText {
  file: string;
  /** UTF-8 text without BOM; undefined when the bytes are not UTF-8 text. */
  text?: string;
  /** Why the bytes could not be read as text, with where (1-based). */
  encodingProblem?: { message: string; line: number; column: number };
}

/** Reads a dossier file. Missing or unreadable files are an InputError (exit 2). */
export function readDossierFile(file: string): DossierText {
  let bytes: Buffer;
  try {
    const problem = inputProblem(file, 'le fichier YAML du dossier');
    if (problem && problem.code !== 'ENOENT' && problem.code !== 'EISDIR' && problem.code !== 'EACCES') throw new InputError(problem.message);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Fichier introuvable : ${file}. Vérifiez le chemin, ou créez le dossier avec « ess init ${file} ».`);
    if (code === 'EISDIR') throw new InputError(`${file} est un répertoire : indiquez le fichier YAML du dossier (par exemple ${file.replace(/\/$/, '')}/dossier-ess.yaml).`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`Lecture refusée : ${file}. Vérifiez les droits d’accès au fichier.`);
    throw new InputError(`Impossible de lire ${file} (${systemErrorText(error)}).`);
  }
  return decodeDossier(file, bytes);
}

/** Pure part of the reading: bytes to text, saying where the bytes stop being UTF-8 text. */
export function decodeDossier(file: string, bytes: Uint8Array): DossierText {
  const wide = wideEncoding(bytes);
  if (wide) {
    return {
      file,
      encodingProblem: {
        message: `Le fichier est encodé en ${wide}, pas en UTF-8 : rouvrez-le dans votre éditeur et enregistrez-le « en UTF-8 » (Bloc-notes : Enregistrer sous › Encodage › UTF-8 ; VS Code : cliquez sur « ${wide} » en bas de la fenêtre › Enregistrer avec l’encodage › UTF-8).`,
        line: 1,
        column: 1,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return {
      file,
      encodingProblem: {
        message: 'Ce fichier n’est pas un fichier texte (il contient des octets nuls) : indiquez le fichier YAML du dossier, pas un document Word, PDF ou une archive.',
        line,
        column,
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    // A carriage return alone ends a line (old Mac files; YAML says so too): made a line feed, so
    // that the file is read, and its lines numbered, as the user sees them.
    return { file, text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return {
      file,
      encodingProblem: {
        message:
          'Le fichier n’est pas encodé en UTF-8 (il semble écrit en Windows-1252 ou ISO-8859-1, comme le font certains éditeurs sous Windows). Rouvrez-le dans votre éditeur et enregistrez-le « en UTF-8 » (Bloc-notes : Enregistrer sous › Encodage › UTF-8).',
        line,
        column,
      },
    };
  }
}

/** UTF-16 or UTF-32, by their byte order mark or, without one, by the zero bytes of ASCII text. */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return 'UTF-32';
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) return 'UTF-16';
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'UTF-32';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] !== 0) return 'UTF-32';
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'UTF-16';
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return 'UTF-16';
  return undefined;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, not bytes: count UTF-8 lead bytes before the offset.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}
