// What the rules of the stage `rapport` share: the year's section of `activite`, and the rows of the
// plan de déploiement it reports on.
import type { ActiviteAnnee, Dossier } from '../generated/dossier.js';

/** The section of the year checked, when present (a missing one is a-completer's finding). */
export function yearSection(dossier: Dossier, annee: string | undefined): ActiviteAnnee | undefined {
  return annee ? dossier.activite?.[annee] : undefined;
}

/** The rows of the plan de déploiement (trame §8), as `activite.AAAA.missions` keys them. */
export const DEPLOIEMENT_KEYS = ['structuration_second_recours', 'avis_specialise', 'consultations_avancees'] as const;
