// The full dossier `ess init` writes, with every answer still to give marked by the schema's
// placeholder. Answers are merged over it, so the interactive and the non-interactive paths
// write the same keys in the same order.
import { dossierSchema } from '../dossier/schema-nav.js';
import type { Dossier } from '../generated/dossier.js';

/** « À COMPLÉTER », taken from the schema so that the program and the schema never disagree. */
export const A_COMPLETER = (dossierSchema.$defs as Record<string, { const: string }>)['a_completer']!.const as 'À COMPLÉTER';

type DeepPartial<T> = T extends readonly (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** What the wizard gathered: any part of a dossier; what is missing becomes « À COMPLÉTER ». */
export type InitAnswers = DeepPartial<Dossier>;

const P = A_COMPLETER;

/**
 * Optional answers of dossier-format.md start empty (""), not as placeholders: `check` reports
 * every placeholder, and these may stay empty at every stage. Optional dates cannot be "" (the
 * schema wants a date), so the optional deployment row is left out and explained in a comment.
 */
export function skeleton(): Dossier {
  return {
    version: 1,
    ess: { nom: P, specialite: P, date: P },
    territoire: { departements: [P], medecins_specialite: P },
    statut_juridique: {
      etat: P,
      nom_association: P,
      siret: P,
      date_depot_prefecture: P,
      representant_legal: { nom: P, prenom: P, qualite: P, courriel: P, telephone: P },
      siege: { adresse: P, code_postal: P, commune: P },
    },
    referent: { nom: P, prenom: P, profession: P, courriel: P, telephone: P },
    diagnostic: { etat_sante: P, offre_de_soins: P, besoins_cpts: P, fragilites_parcours: P, autres: '' },
    partenaires: [{ nom: P, type: P, cooperation: P, formalisation: P }],
    gouvernance: { articulation: P, instances: P, actualisation: P },
    missions: {
      coordination_parcours: P,
      appui_expertise: { consultation: P, teleexpertise: P },
      consultations_avancees: { lieux: [], modalites_adressage: '' },
      fonctionnement: { exercice_pluripro: P, acces_examens: P, soins_non_programmes: P, telemedecine: P, autres_activites: '' },
    },
    outils_numeriques: { entre_adherents: P, premier_recours: P, troisieme_recours: P },
    indicateurs: { complementaires: [], qualitatifs: [P] },
    deploiement: {
      calendrier_gouvernance: P,
      missions: {
        structuration_second_recours: { travaux: P, date: P },
        avis_specialise: { travaux: P, date: P },
      },
      communication: P,
      augmentation_adherents: P,
      cooperations: P,
      autres_actions: '',
    },
    signature: { lieu: P, date: P },
    lettre_intention: { date_depot: P, lieu: '' },
    adherents: [{ nom: P, prenom: P, rpps: P }],
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Answers over the skeleton: the skeleton's key order first, then keys only the answers have.
 * An answer left undefined keeps the placeholder; a list answered (even empty) replaces the
 * skeleton's list. The statut decides which of SIRET and date de dépôt is asked for.
 */
export function mergeAnswers(answers: InitAnswers): Dossier {
  const merge = (base: unknown, over: unknown): unknown => {
    if (over === undefined) return base;
    if (isPlainObject(base) && isPlainObject(over)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(base)) out[key] = merge(base[key], over[key]);
      for (const key of Object.keys(over)) if (!(key in base) && over[key] !== undefined) out[key] = over[key];
      return out;
    }
    return over;
  };
  const dossier = merge(skeleton(), answers) as Dossier;
  const statut = dossier.statut_juridique!;
  const given = answers.statut_juridique ?? {};
  if (statut.etat === 'constituee' && given.date_depot_prefecture === undefined) delete statut.date_depot_prefecture;
  if (statut.etat === 'en_creation' && given.siret === undefined) delete statut.siret;
  return dossier;
}
