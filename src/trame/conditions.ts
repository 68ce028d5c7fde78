// The true conditions of the trame: when an answer is required only in some situation. A question
// names its condition in its `x-ess` annotation (`when`); the condition is code because it reads
// other answers. Add one here when a new question needs it.
import type { Dossier } from '../generated/dossier.js';
import { isEmpty } from '../rules/values.js';

export const CONDITIONS: Readonly<Record<string, (dossier: Dossier) => boolean>> = {
  // The SIRET and the préfecture date: statut-siret and statut-date-prefecture report them.
  'association-constituee': (d) => d.statut_juridique?.etat === 'constituee',
  'association-en-creation': (d) => d.statut_juridique?.etat === 'en_creation',
  // The optional mission: once a place is listed, the adressage is an answer.
  'lieux-listes': (d) => !isEmpty(d.missions?.consultations_avancees?.lieux),
  // An empty Annexe 1 is seuil-adherents' finding, once the number of médecins is known.
  'medecins-inconnus': (d) => typeof d.territoire?.medecins_specialite !== 'number',
  // The rapport d'activité reports the optional mission when the projet plans it (its row of the plan, or its places).
  'mission-optionnelle-prevue': (d) => d.deploiement?.missions?.consultations_avancees != null || !isEmpty(d.missions?.consultations_avancees?.lieux),
};

/**
 * When a question's condition is plainly false, why the question is not asked: a placeholder left
 * there is then removed, not answered (an association en création has no SIRET yet).
 */
export const NOT_ASKED: Readonly<Record<string, { now: (dossier: Dossier) => boolean; why: string }>> = {
  'association-constituee': {
    now: (d) => d.statut_juridique?.etat === 'en_creation',
    why: 'l’association est en cours de création (etat: en_creation) et n’a pas encore de numéro SIRET',
  },
  'association-en-creation': {
    now: (d) => d.statut_juridique?.etat === 'constituee',
    why: 'l’association est constituée (etat: constituee) : c’est son numéro SIRET qui est demandé',
  },
  'lieux-listes': {
    now: (d) => !CONDITIONS['lieux-listes']!(d),
    why: 'aucun lieu de consultation avancée n’est indiqué (missions.consultations_avancees.lieux)',
  },
};

/** The condition a question names; an unknown name is a mistake in the schema, not in the dossier. */
export function condition(name: string): (dossier: Dossier) => boolean {
  const found = CONDITIONS[name];
  if (!found) throw new Error(`Condition inconnue dans les annotations x-ess du schéma : « ${name} » (voir src/trame/conditions.ts).`);
  return found;
}
