import type { Finding } from '../core/findings.js';
import type { SourceIndex } from '../dossier/parse/source-index.js';
import type { Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import { specialiteById } from '../referentiels/index.js';
import { rules } from '../rules/index.js';
import { runRules } from '../rules/run.js';
import type { ActivityRow } from './definitions.js';
import { EffectifsCounter } from './effectifs.js';
import type { AnnuaireRows } from './rows.js';
import { scanExtract } from './scan.js';
export { assertReadable } from './source.js';

/**
 * One pass over the extract: the rows of each adhérent's RPPS, and the count of the médecins
 * libéraux of the specialty on the territory. What is wrong is said by the `annuaire-*` rules.
 */
export async function scanForDossier(file: string, dossier: Dossier): Promise<AnnuaireRows> {
  const specialty = dossier.ess?.specialite;
  const ref = typeof specialty === 'string' ? specialiteById.get(specialty) : undefined;
  const territory = (dossier.territoire?.departements ?? []).map(String);
  const counter = new EffectifsCounter(ref?.codes ?? [], territory);
  const rowsById = new Map<string, ActivityRow[]>();
  for (const a of dossier.adherents ?? []) if (typeof a.rpps === 'string' && /^\d{11}$/.test(a.rpps)) rowsById.set(a.rpps, []);
  const counted = ref !== undefined && territory.length > 0;
  const { name } = await scanExtract(file, {
    patterns: counted ? counter.patterns : [],
    onPatternRow: (row) => counter.add(row),
    ids: new Set(rowsById.keys()),
    onIdRow: (row) => rowsById.get(row.id)?.push(row),
  });
  return { name, rowsById, effectifs: counted ? counter.result() : undefined };
}

/** The findings of the `annuaire-*` rules of the registry on the dossier. */
export async function annuaireFindings(file: string, dossier: Dossier, index: SourceIndex, stage: Stage = 'projet'): Promise<Finding[]> {
  const annuaire = await scanForDossier(file, dossier);
  return runRules({ dossier, stage, index, annuaire }, rules.filter((r) => r.requires === 'annuaire'));
}
