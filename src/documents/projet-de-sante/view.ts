// What the projet de santé shows besides the answers its template reads: computed values only.
import { adherents, common, composition, consultationsAvancees, dateText, DEPLOIEMENT_ROWS, indicateurs, joinNonEmpty, nomSansPrefixeEss, partenaires, person, t, at, territoire } from '../common.js';
import { draftFacts } from '../../facts/draft.js';
import type { BuildOptions } from '../document.js';
import type { TableRows } from '../markdown.js';

export type ProjetView = ReturnType<typeof view>;

export function view(d: unknown, options: BuildOptions) {
  const etat = t(d, 'statut_juridique.etat');
  const representant = person(at(d, 'statut_juridique.representant_legal'), 'qualite');
  return {
    ...common(d, options.brouillon, 'Projet de santé'),
    date: dateText(at(d, 'ess.date')),
    territoire: territoire(d),
    statut: {
      constituee: etat === 'constituee',
      enCreation: etat === 'en_creation',
      representant: representant.coordonnees,
      dateDepotPrefecture: dateText(at(d, 'statut_juridique.date_depot_prefecture')),
    },
    referent: person(at(d, 'referent'), 'profession').nomPrenom,
    composition: composition(d, draftFacts(d)),
    partenaires: partenaires(d),
    consultationsAvancees: consultationsAvancees(d),
    indicateurs: indicateurs(),
    /** The plan de déploiement's rows (trame §8), with their dates in French. */
    deploiement: DEPLOIEMENT_ROWS.map(([key, libelle]) => ({
      /** The row's key under deploiement.missions: the template reads the row's answers by it. */
      key,
      libelle,
      date: dateText(at(d, `deploiement.missions.${key}.date`)),
    })),
    signataire: joinNonEmpty([representant.nomPrenom, representant.qualite], ', '),
    /** "Projet de santé de l'ESS …" without "ESS ESS" when the name already starts with it. */
    nomApresEss: nomSansPrefixeEss(t(d, 'ess.nom')),
    signatureDate: dateText(at(d, 'signature.date')) || dateText(at(d, 'ess.date')),
    adherents: adherents(d),
  };
}

/** Annexe 1's rows: one per adhérent, written into the tree without going through Markdown. */
export function rows(v: ProjetView): TableRows {
  return { adherents: v.adherents.map((a) => [String(a.n), a.nomPrenom, a.specialite, a.rpps]) };
}
