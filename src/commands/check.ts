import { EXIT_FINDINGS, EXIT_OK } from '../core/errors.js';
import { byPosition, summarize, type Stage } from '../core/findings.js';
import { readDossierFile } from '../dossier/read.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { colorsFor } from '../report/colors.js';
import { checkDossier, type CheckResult } from '../check.js';

export interface CheckOptions {
  etape: Stage;
  /** The year of the rapport d'activité (`--etape rapport`). */
  annee?: string;
  format: 'stylish' | 'json';
  /** Path of an Annuaire santé extract: the adhérents are checked against it. */
  annuaire?: string;
}

export async function check(file: string, options: CheckOptions): Promise<number> {
  let result = checkDossier(readDossierFile(file), options.etape, { annee: options.annee });
  if (options.annuaire !== undefined) result = await withAnnuaire(result, options.annuaire);
  const out = options.format === 'json' ? formatJson(result) : formatStylish(result, await colorsFor(process.stdout));
  process.stdout.write(out + '\n');
  return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The annuaire module (and yauzl) is loaded only with --annuaire: plain `check` starts as fast as before. */
async function withAnnuaire(result: CheckResult, path: string): Promise<CheckResult> {
  const { annuaireFindings, assertReadable } = await import('../annuaire/check.js');
  assertReadable(path);
  // A dossier whose structure is wrong is not compared: its findings come first.
  if (!result.dossier || !result.index) return result;
  const extra = await annuaireFindings(path, result.dossier, result.index, result.stage);
  const results = [...result.results, ...extra].sort(byPosition);
  return { ...result, results, summary: summarize(results) };
}
