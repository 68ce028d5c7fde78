import { EXIT_FINDINGS, EXIT_OK } from '../core/errors.js';
import type { Stage } from '../core/findings.js';
import { readDossierFile } from '../dossier/read.js';
import { formatJson } from '../format/json.js';
import { formatStylish } from '../format/stylish.js';
import { colorsFor } from '../format/colors.js';
import { lintDossier } from '../lint.js';

export interface CheckOptions {
  etape: Stage;
  format: 'stylish' | 'json';
}

export async function check(file: string, options: CheckOptions): Promise<number> {
  const result = lintDossier(readDossierFile(file), options.etape);
  const out = options.format === 'json' ? formatJson(result) : formatStylish(result, colorsFor(process.stdout));
  process.stdout.write(out + '\n');
  return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
