// `ess importer SOURCE [FICHIER]` (cli.md): brings data into an existing dossier. The source's
// extension says what it is; each kind has its importer under src/import/, loaded only when used.
import { extname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { unquotePath } from '../core/pasted-path.js';

export interface ImporterOptions {
  dryRun?: boolean;
}

const SPREADSHEETS = new Set(['.xlsx', '.xls', '.xlsm', '.ods', '.numbers']);

/** `source` and `file` as given on the command line: a path pasted with its quotes is understood. */
export async function importer(pastedSource: string, pastedFile: string, options: ImporterOptions): Promise<number> {
  const source = unquotePath(pastedSource);
  const file = unquotePath(pastedFile);
  const extension = extname(source).toLowerCase();
  if (extension === '.csv') {
    const { importCsv } = await import('../import/csv/index.js');
    return importCsv(source, file, options);
  }
  if (extension === '.docx') {
    const { importDocx } = await import('../import/docx/index.js');
    return importDocx(source, file, { dryRun: options.dryRun === true });
  }
  if ((extension === '.yaml' || extension === '.yml') && /\.(csv|docx)$/i.test(file)) {
    throw new UsageError(`Arguments inversés : le fichier à importer vient d’abord, le dossier ensuite : ess importer ${file} ${source}`);
  }
  if (SPREADSHEETS.has(extension)) {
    throw new UsageError(
      `${source} est un classeur de tableur (${extension}), que ess ne lit pas directement : ouvrez-le et enregistrez la feuille des adhérents au format CSV ` +
        '(Excel : Fichier › Enregistrer sous › « CSV (séparateur : point-virgule) » ; LibreOffice : Fichier › Enregistrer sous › « Texte CSV »), puis importez le fichier .csv.',
    );
  }
  throw new UsageError(
    `${source} : type de fichier non reconnu${extension ? ` (${extension})` : ' (pas d’extension)'}. ` +
      'ess importer lit une liste d’adhérents en .csv (enregistrée depuis un tableur) ou un projet de santé en .docx.',
  );
}
