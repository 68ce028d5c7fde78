import type { ActivityRow } from './definitions.js';
import type { Effectifs } from './effectifs.js';

/** What one pass over an Annuaire santé extract gives the `annuaire-*` rules (src/rules/annuaire-*.ts). */
export interface AnnuaireRows {
  /** The extract's file name, cited in every finding. */
  name: string;
  /** The activity rows of each adhérent's RPPS (an empty list: the RPPS is not in the extract). */
  rowsById: ReadonlyMap<string, readonly ActivityRow[]>;
  /** Médecins libéraux of the specialty on the territory, when both are known. */
  effectifs?: Effectifs;
}
