import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EssError } from '../core/errors.js';
import { writeFileAtomicAsync } from '../core/atomic-write.js';
import { onInterrupt } from '../core/interrupt.js';
import { formatNumber } from '../core/text.js';
import { findSoffice, INSTALL_HELP } from './soffice-path.js';

/** How long LibreOffice may take for all the documents, then how long it has to stop once asked (ESS_PDF_TIMEOUT, ESS_PDF_GRACE, in seconds). */
const TIMEOUT_S = 180;
const GRACE_S = 5;

function seconds(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Signals a whole process group; a group already gone is not an error. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // Windows has no process groups: the process itself is ended there.
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch {
    // ESRCH: every process of the group has ended.
  }
}

interface Outcome {
  stderr: string;
  timedOut: boolean;
  missing: boolean;
}

/**
 * Runs soffice in a process group of its own (detached), so that the LibreOffice processes it
 * starts can all be stopped: SIGTERM at the timeout, SIGKILL after the grace period.
 */
function runSoffice(soffice: string, args: string[], onStart: (pid: number) => void): Promise<Outcome> {
  const timeoutMs = seconds(process.env.ESS_PDF_TIMEOUT, TIMEOUT_S) * 1000;
  const graceMs = seconds(process.env.ESS_PDF_GRACE, GRACE_S) * 1000;
  return new Promise((done) => {
    // TZ=UTC: the PDF's creation date carries no trace of where it was made.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
    let stderr = '';
    let timedOut = false;
    const timers: NodeJS.Timeout[] = [];
    if (child.pid !== undefined) onStart(child.pid);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 10_000) stderr += chunk;
    });
    timers.push(
      setTimeout(() => {
        timedOut = true;
        if (child.pid !== undefined) killGroup(child.pid, 'SIGTERM');
        timers.push(setTimeout(() => child.pid !== undefined && killGroup(child.pid, 'SIGKILL'), graceMs));
      }, timeoutMs),
    );
    const finish = (missing: boolean) => {
      for (const t of timers) clearTimeout(t);
      done({ stderr, timedOut, missing });
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ENOENT' || error.code === 'EACCES'));
    child.on('exit', () => finish(false));
  });
}

/**
 * DOCX → PDF with LibreOffice (`soffice --headless`), all files in one run, in a scratch folder
 * with its own profile (so that an open LibreOffice does not swallow the conversion); each PDF is
 * then moved atomically next to its DOCX. The scratch folder and every process started are gone
 * when this returns, throws, or the user interrupts. Returns the PDF paths.
 */
export async function convertToPdf(docxFiles: readonly string[], soffice = findSoffice()): Promise<string[]> {
  const work = mkdtempSync(join(resolve(tmpdir()), 'ess-pdf-'));
  let pid: number | undefined;
  const cleanup = () => {
    if (pid !== undefined) killGroup(pid, 'SIGKILL');
    rmSync(work, { recursive: true, force: true });
  };
  const done = onInterrupt(cleanup);
  try {
    // Absolute paths: a folder named `-x` or `http:` is not read as an option or a URL.
    const inputs = docxFiles.map((f) => resolve(f));
    const r = await runSoffice(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(join(work, 'profil')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...inputs],
      (started) => (pid = started),
    );
    if (r.missing) {
      throw new EssError(`LibreOffice est introuvable (commande « ${soffice} ») : les DOCX sont écrits, pas les PDF.\n${INSTALL_HELP}`);
    }
    if (r.timedOut) {
      const limit = formatNumber(seconds(process.env.ESS_PDF_TIMEOUT, TIMEOUT_S), 1);
      throw new EssError(`LibreOffice n’a pas fini la conversion en PDF dans le délai de ${limit} s : il a été arrêté. Les DOCX sont bien écrits ; relancez, ou exportez-les en PDF depuis Word ou LibreOffice.`);
    }
    const pdfs = docxFiles.map((docx) => {
      const pdf = docx.replace(/\.docx$/i, '.pdf');
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(work, basename(pdf)));
      } catch {
        const why = r.stderr.trim().split('\n').pop();
        throw new EssError(`LibreOffice n’a pas pu convertir ${docx} en PDF${why ? ` (${why})` : ''}. Le DOCX est bien écrit : ouvrez-le et exportez-le en PDF depuis Word ou LibreOffice.`);
      }
      if (bytes.subarray(0, 4).toString('latin1') !== '%PDF') {
        throw new EssError(`LibreOffice a produit pour ${docx} un fichier qui n’est pas un PDF : aucun PDF n’est écrit. Le DOCX est bien écrit : ouvrez-le et exportez-le en PDF depuis Word ou LibreOffice.`);
      }
      return [pdf, bytes] as const;
    });
    // Written only once every PDF is known good: never one document's PDF and not the other's.
    for (const [pdf, bytes] of pdfs) await writeFileAtomicAsync(pdf, bytes);
    return pdfs.map(([pdf]) => pdf);
  } finally {
    cleanup();
    done();
  }
}
