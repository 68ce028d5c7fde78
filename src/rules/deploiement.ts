// The two rows of the plan de déploiement that carry the mission socle (trame §8).
import type { Dossier } from '../generated/dossier.js';
import { isoDate, pointer } from './values.js';

export const SOCLE_ROWS = [
  { key: 'structuration_second_recours', label: 'structuration de l’offre de 2nd recours' },
  { key: 'avis_specialise', label: 'avis spécialisé ponctuel' },
] as const;

export interface SocleDate {
  label: string;
  path: string;
  date: string;
}

/** The mission-socle rows that carry a valid date. */
export function socleDates(dossier: Dossier): SocleDate[] {
  const missions = dossier.deploiement?.missions;
  const out: SocleDate[] = [];
  for (const { key, label } of SOCLE_ROWS) {
    const date = isoDate(missions?.[key]?.date);
    if (date) out.push({ label, path: pointer('deploiement', 'missions', key, 'date'), date });
  }
  return out;
}
