// What the projet de santé shows besides the answers its template reads: computed values only.
import { adherents, common, composition, consultationsAvancees, DEPLOIEMENT_ROWS, fullName, indicateurs, partenaires, at, territoire } from '../common.js';
import { draftFacts } from '../../facts/draft.js';
import type { BuildOptions } from '../document.js';
import type { TableRows } from '../markdown.js';

export type ProjetView = ReturnType<typeof view>;

export function view(d: unknown, options: BuildOptions) {
  return {
    ...common(d, options.brouillon),
    territoire: territoire(d),
    /** The représentant légal's name (the template adds the other answers of the person). */
    representant: fullName(at(d, 'statut_juridique.representant_legal')),
    referent: fullName(at(d, 'referent')),
    composition: composition(d, draftFacts(d)),
    partenaires: partenaires(d),
    consultationsAvancees: consultationsAvancees(d),
    indicateurs: indicateurs(),
    /** The plan de déploiement's rows (trame §8): the template reads each row's answers by its key under deploiement.missions. */
    deploiement: DEPLOIEMENT_ROWS.map(([key, libelle]) => ({ key, libelle })),
    adherents: adherents(d),
  };
}

/** Annexe 1's rows: one per adhérent, written into the tree without going through Markdown. */
export function rows(v: ProjetView): TableRows {
  return { adherents: v.adherents.map((a) => [String(a.n), a.nomPrenom, a.specialite, a.rpps]) };
}
