// Writing the dossier safely: never over an existing file unless asked, the old one kept as
// .bak (numbered when one exists), and atomically (temp file + rename in the same folder) so that an interrupted run
// leaves nothing half-written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import packageJson from '../../package.json' with { type: 'json' };
import { EssError } from '../core/errors.js';

/** schemas/dossier.schema.json of this installation: searched upwards from this module. */
export function packageSchemaPath(from = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, 'schemas', 'dossier.schema.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where the schema is published with each version of the package (used when no local copy is found). */
export const PUBLISHED_SCHEMA = `https://unpkg.com/${packageJson.name}@${packageJson.version}/schemas/dossier.schema.json`;

/**
 * The modeline's reference to the schema, from the written file. yaml-language-server reads the
 * reference up to the first space and takes a plain path as a file name that it encodes itself:
 * so a path is written as it is only when relative, for a dossier inside the program's own folder
 * (a clone of the project: the two move together), and made of characters that need no encoding.
 * Anywhere else it is the file:// URL of the installed schema, percent-encoded (spaces, accents):
 * it works offline and is exactly the version that checks the dossier.
 */
export function schemaRefFor(file: string, schema: string | undefined): string {
  if (!schema) return PUBLISHED_SCHEMA;
  const from = dirname(resolve(file));
  const programRoot = dirname(dirname(resolve(schema)));
  const rel = relative(from, schema).split(sep).join('/');
  const insideProgram = !relative(programRoot, from).startsWith('..') && !isAbsolute(relative(programRoot, from));
  if (insideProgram && /^[A-Za-z0-9._/-]+$/.test(rel)) return rel;
  return pathToFileURL(schema).href;
}

/** Refuses (exit 2) when the file exists and --force is not given; folders always refused. */
export function checkTarget(file: string, force: boolean): void {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    if (!existsSync(dirname(resolve(file))))
      throw new EssError(`Le dossier ${dirname(file)} n’existe pas : créez-le d’abord, ou choisissez un autre chemin pour ${basename(file)}.`);
    return;
  }
  if (stat.isDirectory()) throw new EssError(`${file} est un répertoire : indiquez le nom du fichier à créer (par exemple ${join(file, 'dossier-ess.yaml')}).`);
  if (!force)
    throw new EssError(
      `${file} existe déjà : rien n’a été modifié. Choisissez un autre nom, ou relancez avec --force pour le remplacer (l’ancien fichier sera gardé en ${file}.bak, ou .bak.1, .bak.2… si une sauvegarde existe déjà).`,
    );
}

/**
 * Writes text atomically; with `backup`, an existing file is first kept (whole, with its mode) as
 * FILE.bak, or FILE.bak.1, FILE.bak.2… when earlier backups exist: a backup is never overwritten.
 */
export function writeDossier(file: string, text: string, backup: boolean): { backupFile?: string } {
  const target = resolve(file);
  let backupFile: string | undefined;
  if (backup && existsSync(target)) backupFile = keepBackup(file, target);
  writeFileAtomic(target, text);
  return { backupFile };
}

/** Copies the file to the first free backup name; returns that name as the user wrote the path. */
export function keepBackup(file: string, target = resolve(file)): string {
  const bytes = readFileSync(target);
  const mode = statSync(target).mode & 0o7777;
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '.bak' : `.bak.${n}`;
    try {
      writeFileAtomic(target + suffix, bytes, { mode, exclusive: true });
      return file + suffix;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
