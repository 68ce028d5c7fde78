import { readFileSync } from 'node:fs';
import { decodeDossier } from '../../src/dossier/read.js';
import { lintDossier } from '../../src/lint.js';
import type { Finding } from '../../src/core/findings.js';

/** Findings of the YAML reader and the schema: a file `ess init` writes must have none. */
export function structuralFindings(text: string, stage: 'lettre' | 'projet' = 'projet'): Finding[] {
  const result = lintDossier(decodeDossier('dossier.yaml', new TextEncoder().encode(text)), stage);
  return result.results.filter((f) => f.rule === 'schema' || f.rule === 'yaml');
}

export function structuralFindingsOf(file: string): Finding[] {
  return structuralFindings(readFileSync(file, 'utf8'));
}

/** The dossier as `ess check` reads it. */
export function dossierOf(text: string) {
  const result = lintDossier(decodeDossier('dossier.yaml', new TextEncoder().encode(text)), 'projet');
  return result.dossier;
}

/** Some real RPPS (valid keys) of the test sample, and one with a wrong key. */
export const RPPS = ['10071968035', '10043216737', '10001601219', '10090943837'] as const;
export const BAD_RPPS = '10071968036';
