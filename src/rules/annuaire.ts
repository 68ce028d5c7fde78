// What the annuaire-* rules share: each adhérent found in the extract, with its rows.
import { PROFESSION_MEDECIN, type ActivityRow } from '../annuaire/definitions.js';
import type { Dossier } from '../generated/dossier.js';

type Adherent = NonNullable<Dossier['adherents']>[number];
import type { RuleContext } from './rule.js';

export const ANNUAIRE_SOURCE = 'Annuaire santé';

export interface Listed {
  adherent: Adherent;
  /** `/adherents/<i>` */
  base: string;
  /** « Prénom Nom (RPPS …) », as the messages name the adhérent. */
  who: string;
  rows: readonly ActivityRow[];
  /** The rows where the person is a médecin. */
  medecin: readonly ActivityRow[];
}

/** The adhérents whose RPPS was looked up (11 digits), with what the extract holds for them. */
export function listedAdherents(context: RuleContext): Listed[] {
  const rowsById = context.annuaire?.rowsById;
  if (!rowsById) return [];
  const out: Listed[] = [];
  (context.dossier.adherents ?? []).forEach((adherent, i) => {
    const rows = typeof adherent.rpps === 'string' ? rowsById.get(adherent.rpps) : undefined;
    if (!rows) return;
    const who = `${[adherent.prenom, adherent.nom].filter(Boolean).join(' ') || 'l’adhérent'} (RPPS ${adherent.rpps})`;
    out.push({ adherent, base: `/adherents/${i}`, who, rows, medecin: rows.filter((r) => r.profession === PROFESSION_MEDECIN) });
  });
  return out;
}

/** The adhérents found in the extract as médecins: the other checks only make sense for them. */
export function listedMedecins(context: RuleContext): Listed[] {
  return listedAdherents(context).filter((l) => l.medecin.length > 0);
}
