import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EssError } from '../core/errors.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { findSoffice } from './soffice-path.js';

const INSTALL = 'sudo apt-get install libreoffice-writer-nogui (Debian, Ubuntu), ou téléchargez LibreOffice sur https://fr.libreoffice.org';

/**
 * DOCX → PDF with LibreOffice (`soffice --headless`), all files in one run, in a scratch folder
 * with its own profile (so that an open LibreOffice does not swallow the conversion); each PDF is
 * then moved atomically next to its DOCX. Returns the PDF paths.
 */
export function convertToPdf(docxFiles: readonly string[], soffice = findSoffice()): string[] {
  const work = mkdtempSync(join(tmpdir(), 'ess-pdf-'));
  try {
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(join(work, 'profil')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docxFiles],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new EssError(`LibreOffice est introuvable (commande « ${soffice} ») : les DOCX sont écrits, pas les PDF. Pour obtenir les PDF, installez LibreOffice : ${INSTALL}.`);
    }
    return docxFiles.map((docx) => {
      const pdf = docx.replace(/\.docx$/i, '.pdf');
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(work, basename(pdf)));
      } catch {
        throw new EssError(`LibreOffice n’a pas pu convertir ${docx} en PDF${r.stderr ? ` (${r.stderr.trim().split('\n').pop()})` : ''}. Le DOCX est bien écrit : ouvrez-le et exportez-le en PDF depuis Word ou LibreOffice.`);
      }
      writeFileAtomic(pdf, bytes);
      return pdf;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
