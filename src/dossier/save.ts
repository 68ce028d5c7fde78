// Saving a dossier that a command edits answer by answer (completer, importer): each save is
// atomic, and the first one keeps the file as the user left it in a backup beside it, never
// overwriting an earlier backup. Later saves of the same session replace only the dossier.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { keepBackup } from '../wizard/write.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export class DossierSaver {
  /** The backup written by the first save, as the user wrote the path (`dossier-ess.yaml.bak`). */
  backupFile: string | undefined;
  private readonly target: string;
  /** The file began with a byte order mark (Notepad's « UTF-8 avec BOM »): kept, as every other byte. */
  private bom = false;

  constructor(readonly file: string) {
    this.target = resolve(file);
  }

  /** The text now on disk (re-read before each edit: the user may have saved it in an editor meanwhile). */
  read(): string {
    return readFileSync(this.target, 'utf8').replace(/^\uFEFF/, '');
  }

  save(text: string): void {
    if (this.backupFile === undefined) {
      this.bom = readFileSync(this.target).subarray(0, 3).equals(BOM);
      this.backupFile = keepBackup(this.file, this.target);
    }
    writeFileAtomic(this.target, this.bom && !text.startsWith('\uFEFF') ? '\uFEFF' + text : text);
  }
}
