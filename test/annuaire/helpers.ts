import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipFiles } from '../../src/docx/zip.js';
import { extractText, type ExtractRow } from '../../scripts/annuaire-extract.mjs';
import { tempDir } from '../helpers/cli.js';

export { COLUMNS_52, COLUMNS_56, extractLine, extractText, headerLine, rppsFrom } from '../../scripts/annuaire-extract.mjs';
export type { ExtractRow };

export const ENTRY_NAME = 'PS_LibreAcces_Personne_activite_202611220000.txt';

export function writeExtract(rows: ExtractRow[], options: Parameters<typeof extractText>[1] = {}, name = ENTRY_NAME): string {
  const file = join(tempDir('ess-annuaire-'), name);
  writeFileSync(file, extractText(rows, options));
  return file;
}

/** A zip archive like the downloaded one, written by the project's own zip writer. */
export function zipBytes(entries: Array<{ name: string; data: string | Buffer }>): Buffer {
  return zipFiles(entries.map(({ name, data }) => [name, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8')] as const));
}

export function writeZip(entries: Parameters<typeof zipBytes>[0], name = 'PS_LibreAcces.zip'): string {
  const file = join(tempDir('ess-annuaire-zip-'), name);
  writeFileSync(file, zipBytes(entries));
  return file;
}
