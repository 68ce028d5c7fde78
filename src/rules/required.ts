// Which answers each stage requires (a-completer), as data: JSON pointers, `*` for every item of
// a list. Lettre d'intention: cahier des charges §VI.B.1 (identity of the porteurs, territory,
// specialty, coopérations, gouvernance, envisaged actions of the mission socle). Projet de santé:
// every answer of the trame except the optional ones (dossier-format.md, "Optional answers").
// Left out on purpose, because another rule reports them with a better message: the SIRET and the
// préfecture date (statut-siret, statut-date-prefecture), the mission socle at the projet stage
// (mission-socle), the qualitative indicator (indicateur-qualitatif) and the adhérents' number
// (seuil-adherents, when the number of médecins is known). At the lettre stage the mission socle is
// also required here, because the lettre prints it (mission-socle is only a warning there).
import type { Stage } from '../core/findings.js';
import type { Dossier } from '../generated/dossier.js';
import { isEmpty } from './values.js';

export interface Requirement {
  pointer: string;
  stages: readonly Stage[];
  /** Required only when this holds (e.g. a row of the optional mission, once started). */
  when?: (dossier: Dossier) => boolean;
  /** What "missing" means for this answer (default: isEmpty). */
  isMissing?: (value: unknown) => boolean;
}

const BOTH: readonly Stage[] = ['lettre', 'projet'];
const PROJET: readonly Stage[] = ['projet'];

const each = (pointers: string[], stages: readonly Stage[], when?: Requirement['when']): Requirement[] =>
  pointers.map((pointer) => ({ pointer, stages, when }));

const person = (base: string, keys: string[]) => keys.map((k) => `${base}/${k}`);

export const REQUIRED: readonly Requirement[] = [
  ...each(['/ess/nom', '/ess/specialite'], BOTH),
  ...each(['/ess/date'], PROJET),
  ...each(['/territoire/departements', '/territoire/medecins_specialite'], BOTH),
  ...each(['/statut_juridique/etat', '/statut_juridique/nom_association'], BOTH),
  ...each(person('/statut_juridique/representant_legal', ['nom', 'prenom', 'qualite', 'courriel', 'telephone']), BOTH),
  ...each(person('/statut_juridique/siege', ['adresse', 'code_postal', 'commune']), BOTH),
  ...each(person('/referent', ['nom', 'prenom', 'profession', 'courriel', 'telephone']), BOTH),
  ...each(['/diagnostic/etat_sante', '/diagnostic/offre_de_soins', '/diagnostic/besoins_cpts', '/diagnostic/fragilites_parcours'], PROJET),
  ...each(['/partenaires', '/partenaires/*/nom', '/partenaires/*/type', '/partenaires/*/cooperation', '/partenaires/*/formalisation'], BOTH),
  ...each(['/gouvernance/instances'], BOTH),
  ...each(['/gouvernance/articulation', '/gouvernance/actualisation'], PROJET),
  // The appui d'expertise is « sous la forme de consultation ou téléexpertise » (cahier §II): one of
  // the two is enough. At the projet stage mission-socle reports it; the lettre prints it.
  ...each(['/missions/coordination_parcours'], ['lettre']),
  {
    pointer: '/missions/appui_expertise',
    stages: ['lettre'],
    isMissing: (v) => isEmpty((v as Record<string, unknown> | undefined)?.consultation) && isEmpty((v as Record<string, unknown> | undefined)?.teleexpertise),
  },
  // The optional mission: once a place is listed, its row and the adressage are answers.
  ...each(['/missions/consultations_avancees/lieux/*/commune', '/missions/consultations_avancees/lieux/*/code_postal', '/missions/consultations_avancees/lieux/*/vacations'], PROJET),
  ...each(['/missions/consultations_avancees/modalites_adressage'], PROJET, (d) => !isEmpty(d.missions?.consultations_avancees?.lieux)),
  ...each(['/missions/fonctionnement/exercice_pluripro', '/missions/fonctionnement/acces_examens', '/missions/fonctionnement/soins_non_programmes', '/missions/fonctionnement/telemedecine'], PROJET),
  ...each(['/outils_numeriques/entre_adherents', '/outils_numeriques/premier_recours', '/outils_numeriques/troisieme_recours'], PROJET),
  ...each(['/deploiement/calendrier_gouvernance'], PROJET),
  ...each(person('/deploiement/missions/structuration_second_recours', ['travaux', 'date']), PROJET),
  ...each(person('/deploiement/missions/avis_specialise', ['travaux', 'date']), PROJET),
  ...each(person('/deploiement/missions/consultations_avancees', ['travaux', 'date']), PROJET, (d) => d.deploiement?.missions?.consultations_avancees != null),
  ...each(['/deploiement/communication', '/deploiement/augmentation_adherents', '/deploiement/cooperations'], PROJET),
  ...each(['/signature/lieu', '/signature/date'], PROJET),
  // Both stages: the 6- and 18-month deadlines are counted from it.
  ...each(['/lettre_intention/date_depot'], BOTH),
  // An empty Annexe 1 is seuil-adherents' finding, once the number of médecins is known.
  ...each(['/adherents'], BOTH, (d) => !d.territoire?.medecins_specialite || typeof d.territoire.medecins_specialite !== 'number'),
  ...each(['/adherents/*/nom', '/adherents/*/prenom', '/adherents/*/rpps'], BOTH),
];

/**
 * What the lettre d'intention prints (templates/lettre-intention.md.hbs through
 * render/model.ts buildLettreView): at the lettre stage, a missing or placeholder answer there is an
 * error, so that `render` never writes a lettre that reads « À COMPLÉTER »; elsewhere it is a
 * warning, due for the projet de santé.
 */
export const LETTRE_SCOPE: readonly string[] = [
  '/ess/nom', '/ess/specialite', '/territoire', '/statut_juridique', '/referent', '/partenaires',
  '/gouvernance/instances', '/missions/coordination_parcours', '/missions/appui_expertise',
  '/missions/consultations_avancees/lieux', '/indicateurs/qualitatifs', '/lettre_intention',
];

/** Optional answers (dossier-format.md): a placeholder there may also simply be removed. */
export const OPTIONAL: readonly string[] = [
  '/diagnostic/autres', '/deploiement/autres_actions', '/missions/fonctionnement/autres_activites',
  '/missions/consultations_avancees/lieux/*/specificite', '/territoire/derogation', '/indicateurs/complementaires',
  '/missions/consultations_avancees', '/deploiement/missions/consultations_avancees',
  // One of the two forms of the appui d'expertise is enough (mission-socle checks that one is there).
  '/missions/appui_expertise/consultation', '/missions/appui_expertise/teleexpertise',
];

/** Does a concrete pointer fall under a pattern (`*` matches one list index), or below it? */
export function underPattern(pointer: string, pattern: string): boolean {
  const p = pointer.split('/');
  const q = pattern.split('/');
  if (p.length < q.length) return false;
  return q.every((seg, i) => seg === p[i] || (seg === '*' && /^\d+$/.test(p[i] ?? '')));
}
