// The parts of the lettre d'intention built from several answers, so that an answer left out
// never leaves a dangling « — . », an empty bullet or a label without its text behind it.
import { plural } from '../../core/text.js';

/** A text, or a group holding one (the appui d'expertise: consultation or téléexpertise). */
export const written = (v: unknown): boolean =>
  typeof v === 'string' ? v.trim() !== '' : v !== null && typeof v === 'object' ? Object.values(v).some(written) : false;

/** The rows of a list whose answers (but the one the lettre does not print) are not all empty. */
export function writtenRows<R extends { index: number }>(rows: readonly R[], answers: readonly unknown[], unprinted: string): R[] {
  return rows.filter((r) => written({ ...(answers[r.index] as object), [unprinted]: undefined }));
}

export interface PartnerLine {
  index: number;
  /** The structure's name, or its type when it has no name yet. */
  titre: string;
  /** Its type, in parentheses after the name (empty when it is the titre). */
  type: string;
}

/** The partners with an answer the lettre prints (not their specialty), named by their name or else their type. */
export function partnerLines(partners: ReadonlyArray<{ index: number; nom: string; type: string }>, answers: readonly unknown[]): PartnerLine[] {
  return writtenRows(partners, answers, 'specialite').map((p) => ({ index: p.index, titre: p.nom || p.type, type: p.nom ? p.type : '' }));
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
