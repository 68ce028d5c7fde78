// What the lettre d'intention shows besides the answers its template reads: computed values only.
import { euros, formatNumber, frenchDate, isoDate, type Facts } from '../../facts/index.js';
import { financement, region, type Cpam } from '../../referentiels/index.js';
import { arr, at, common, composition, consultationsAvancees, DEPLOIEMENT_ROWS, fullName, partenaires, territoire } from '../common.js';
import { draftFacts } from '../../facts/draft.js';
import type { BuildOptions } from '../document.js';
import { autresSpecialites, calendrier, partnerLines, written, writtenRows } from './parts.js';
import { questionsWithRole } from '../../trame/index.js';

export type LettreView = ReturnType<typeof view>;

/**
 * The caisse(s) the letter is addressed to, decided by src/facts as `check` decides it (the
 * cpam-rattachement rule), so that the letter and the check never disagree: the competent caisse
 * (the seat's when the territory relies on several, even a seat outside the territory); when the
 * data cannot decide, the seat's possible caisses (Pyrénées-Atlantiques has two); else none, and
 * the letter says « Caisse primaire ».
 */
export function lettreCaisses(d: unknown, facts: Facts = draftFacts(d)): Cpam[] {
  return facts.cpam.addressees;
}

export function view(d: unknown, options: BuildOptions) {
  const base = common(d, options.brouillon);
  const facts = draftFacts(d);
  const compo = composition(d, facts);
  const caisses = lettreCaisses(d, facts);
  const ter = territoire(d);
  const credit = financement.credit_amorcage;
  return {
    ...base,
    destinataires: [
      region.ars,
      caisses.length > 0 ? caisses.map((c) => c.nom).join(' ou ') : 'Caisse primaire d’assurance maladie',
    ],
    caisses,
    /** The date of the letter when it has none of its own. */
    today: frenchDate(options.today),
    /** The names of the représentant légal and the référent (the template reads the rest of their answers). */
    representant: fullName(at(d, 'statut_juridique.representant_legal')),
    referent: fullName(at(d, 'referent')),
    territoire: ter.texte,
    plusieursDepartements: ter.noms.length > 1,
    medecins: compo.medecinsNombre === undefined ? '' : formatNumber(compo.medecinsNombre),
    adherents: formatNumber(compo.adherentsNombre),
    /** "médecin de la spécialité adhérent" / "médecins de la spécialité adhérents": agrees with the count. */
    adherentsMots: compo.adherentsNombre > 1 ? 'médecins de la spécialité adhérents' : 'médecin de la spécialité adhérent',
    part: compo.part,
    autresSpecialites: autresSpecialites(compo.autres),
    /** The partners with an answer the lettre prints (its specialty is not); the template reads their answers by `index`. */
    partenaires: partnerLines(partenaires(d).tous, arr(at(d, 'partenaires'))),
    missions: {
      /** Whether any action of the mission socle is written (its questions: the trame's role « mission-socle »). */
      socleDecrite: questionsWithRole('mission-socle').some((q) => written(at(d, q.path))),
      /** The places with an answer the lettre prints (their département is not); the template reads their answers by `index`. */
      avancees: writtenRows(consultationsAvancees(d).lieux, arr(at(d, 'missions.consultations_avancees.lieux')), 'departement'),
    },
    /** Cahier §VI.B.1 « dans des délais raisonnables »: the dates of the plan de déploiement already known. */
    calendrier: calendrier(
      DEPLOIEMENT_ROWS.map(([key]) => {
        const iso = isoDate(at(d, `deploiement.missions.${key}.date`));
        return { key, date: iso ? frenchDate(iso) : '' };
      }),
    ),
    credit: {
      total: euros(credit.total),
      premiereTranche: euros(credit.tranches[0]?.montant ?? 0),
    },
  };
}

