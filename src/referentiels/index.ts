// Referentials are data (JSON with their source); this module only types them and builds lookups.
import departementsData from './departements.json' with { type: 'json' };
import specialitesData from './specialites.json' with { type: 'json' };
import partenairesData from './partenaires.json' with { type: 'json' };
import indicateursData from './indicateurs.json' with { type: 'json' };
import financementData from './financement.json' with { type: 'json' };
import regionData from './region.json' with { type: 'json' };

export interface Cpam {
  id: string;
  nom: string;
  ville: string;
  arrondissements?: string[];
  /** Where a département has several caisses: postal codes known to belong to this one. */
  codes_postaux?: { code: string; communes: string }[];
}
export interface Departement {
  code: string;
  nom: string;
  cpam: Cpam[];
}
export interface Specialite {
  id: string;
  libelle: string;
  codes: string[];
  /** What doctors and patients call it (« cardiologue », « ORL »): understood wherever an id is expected. */
  noms_usuels?: string[];
  eligible: boolean;
  /** Why a specialty cannot found an ESS. */
  motif?: string;
  /** Why a code of the nomenclature was given to this specialty, where the choice is not obvious. */
  note?: string;
}
export interface TypePartenaire {
  id: string;
  libelle: string;
  rubrique: string;
}

/** The region whose trame `ess` follows: its name, its ARS, its trame (region.json). */
export const region: Readonly<{ id: string; nom: string; ars: string; trame: string }> = regionData;
export const departements: readonly Departement[] = departementsData.items;
export const specialites: readonly Specialite[] = specialitesData.items;
export const rubriquesPartenaires = partenairesData.rubriques;
export const typesPartenaires: readonly TypePartenaire[] = partenairesData.types;
export const formalisations = partenairesData.formalisations;
export const indicateurs = indicateursData;
export const financement = financementData;

export const departementByCode = new Map(departements.map((d) => [d.code, d]));
export const specialiteById = new Map(specialites.map((s) => [s.id, s]));
export const typePartenaireById = new Map(typesPartenaires.map((t) => [t.id, t]));
export const formalisationById = new Map(formalisations.map((f) => [f.id, f]));
