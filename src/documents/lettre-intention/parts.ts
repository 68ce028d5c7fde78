// The parts of the lettre d'intention built from several answers, so that an answer left out
// never leaves a dangling « — . », an empty bullet or a label without its text behind it.
import { plural } from '../../core/text.js';
import { joinNonEmpty } from '../common.js';
import { lowerFirst, sentenceEnd, withoutFinalStop } from '../punctuation.js';

export interface PartnerLine {
  /** The structure's name, or its type when it has no name yet. */
  titre: string;
  /** Its type, in parentheses after the name (empty when it is the titre). */
  type: string;
  /** « cooperation — formalisation. », or '' when neither is known. */
  detail: string;
}

export function partnerLines(partners: ReadonlyArray<{ nom: string; type: string; cooperation: string; formalisation: string }>): PartnerLine[] {
  return partners
    .map((p) => ({
      titre: p.nom || p.type,
      type: p.nom ? p.type : '',
      detail: sentenceEnd(joinNonEmpty([withoutFinalStop(p.cooperation), lowerFirst(p.formalisation)], ' — ')),
    }))
    .filter((p) => p.titre !== '' || p.detail !== '');
}

/** « Saint-Palais (64120) — MSP : 2 demi-journées par mois (rythmologie) », parts left out when unknown. */
export function avanceeLines(lieux: ReadonlyArray<{ lieu: string; vacations: string; specificite: string }>): string[] {
  return lieux
    .map((l) => {
      const main = joinNonEmpty([l.lieu, l.vacations], ' : ');
      return l.specificite ? joinNonEmpty([main, `(${l.specificite})`], ' ') : main;
    })
    .filter((line) => line !== '');
}

/** The rows of the plan de déploiement as the lettre names them (trame §8), by key. */
const CALENDRIER_LABELS: Record<string, string> = {
  structuration_second_recours: 'Structuration de l’offre de 2nd recours (coordination des parcours)',
  avis_specialise: 'Avis spécialisé ponctuel à la demande des médecins traitants (appui d’expertise)',
  consultations_avancees: 'Consultations avancées',
};

/** The rows of the plan de déploiement whose date is known, with that date in French. */
export function calendrier(rows: ReadonlyArray<{ key: string; date: string }>): Array<{ libelle: string; date: string }> {
  return rows.filter((r) => r.date !== '').map((r) => ({ libelle: CALENDRIER_LABELS[r.key] ?? r.key, date: r.date }));
}

/** « Pneumologie : 2 médecins adhérents, sur 12 médecins de la spécialité exerçant sur le territoire ». */
export function autresSpecialites(autres: ReadonlyArray<{ specialite: string; adherentsNombre: number; medecinsNombre: number | undefined }>): string[] {
  return autres
    .filter((a) => a.specialite !== '')
    .map((a) => {
      const sur = a.medecinsNombre === undefined ? '' : `, sur ${plural(a.medecinsNombre, 'médecin')} de la spécialité exerçant sur le territoire`;
      return `${a.specialite} : ${plural(a.adherentsNombre, 'médecin adhérent', 'médecins adhérents')}${sur}`;
    });
}
