// Reading the CSV file a user names (I/O apart from the parsing): only a regular file of a
// reasonable size, decoded whatever the spreadsheet's encoding.
import { readFile } from 'node:fs/promises';
import { systemErrorText } from '../../core/error-report.js';
import { inputProblem } from '../../core/input-file.js';
import { MAX_CSV_BYTES } from './adherents.js';
import { decodeCsv, type DecodedCsv } from './decode.js';

/**
 * The text of a CSV file; a French reason when it cannot be read (missing, a folder, a FIFO, too
 * large, not text…). Asynchronous: the wizard keeps answering Ctrl-C while it reads.
 */
export async function readCsvFile(path: string): Promise<DecodedCsv | { problem: string; notText?: true }> {
  const problem = inputProblem(path, 'le fichier CSV des adhérents', MAX_CSV_BYTES);
  if (problem?.code === 'ENOENT') return { problem: `Fichier introuvable : ${path}. Vérifiez le chemin (un glisser-déposer du fichier dans le terminal l’écrit en entier).` };
  if (problem?.code === 'EISDIR') return { problem: `${path} est un répertoire : indiquez le fichier CSV.` };
  if (problem) return { problem: problem.message };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { problem: `Impossible de lire ${path} (${systemErrorText(error)}).` };
  }
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) return { problem: `${path} : ${decoded.problem}`, notText: true };
  return decoded;
}
