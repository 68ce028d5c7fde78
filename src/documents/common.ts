// What the views of several documents compute from the dossier and the referentials. A view holds
// computed values only (labels, figures, lists built from several answers); the templates read
// the answers themselves ({{answer "…"}}). Pure (no I/O), and total: every field exists, so that
// the templates (compiled in Handlebars' strict mode) never meet a missing value. It reads the
// dossier defensively: a draft (`--brouillon`) may not even have a valid structure.
import {
  departements as DEPARTEMENTS,
  departementByCode,
  indicateurs as INDICATEURS,
  rubriquesPartenaires,
  specialiteById,
  typePartenaireById,
} from '../referentiels/index.js';
import { essSpecialty, formatNumber, frenchDate, frenchList, type Facts } from '../facts/index.js';
import { questionWithRole } from '../trame/index.js';
import { textOf } from './escape.js';

type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** The value at a dotted path; a segment of digits indexes a list (`partenaires.2.type`). */
export const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (Array.isArray(o) && /^\d+$/.test(k) ? o[Number(k)] : obj(o)[k]), root);
/** Text at a dotted path; '' when absent or not text. */
export const t = (root: unknown, path: string): string => textOf(at(root, path)).trim();
export const dateText = (v: unknown): string => frenchDate(v instanceof Date ? v : textOf(v));
export const joinNonEmpty = (parts: string[], sep: string) => parts.filter((p) => p !== '').join(sep);

/** « Maite Etcheverry »: a person's first name and name (the templates read the rest of the person's answers). */
export const fullName = (p: unknown): string => joinNonEmpty([t(p, 'prenom'), t(p, 'nom')], ' ');

export const specialiteLabel = (id: string): string => specialiteById.get(id)?.libelle ?? id;

export interface Common {
  /** The specialty's label (« Cardiologie »). */
  specialite: string;
  brouillon: boolean;
}

/** What every document's view holds; the DOCX properties (title, author, header) are written at the top of each template. */
export function common(d: unknown, brouillon: boolean): Common {
  return { specialite: specialiteLabel(essSpecialty(d)), brouillon };
}

interface Adherent {
  n: number;
  nomPrenom: string;
  specialite: string;
  rpps: string;
}

// Read with direct property access: for 1,000 adhérents, dotted paths cost a cold render ~10 ms.
const field = (o: unknown, key: string): string => textOf(obj(o)[key]).trim();

/** Annexe 1's rows. */
export function adherents(d: unknown): Adherent[] {
  const main = essSpecialty(d);
  return arr(at(d, 'adherents')).map((a, i) => ({
    n: i + 1,
    // Annexe 1 of the trame: "Nom, Prénom".
    nomPrenom: joinNonEmpty([field(a, 'nom'), field(a, 'prenom')], ', '),
    specialite: specialiteLabel(field(a, 'specialite') || main),
    rpps: field(a, 'rpps'),
  }));
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** The territory's answers, found by their role (the trame's definition), not by their key. */
const TERRITORY_CODES = questionWithRole('territoire-departements').path;
const TERRITORY_MEDECINS = questionWithRole('territoire-medecins').path;

/** §3: one row for the specialty of the ESS, one per other specialty (dérogation): the counted adhérents. */
export function composition(d: unknown, facts: Facts) {
  const main = essSpecialty(d);
  const adherentsMain = facts.adherents;
  const { medecins } = facts;
  const declared = arr(at(d, 'territoire.autres_specialites'));
  const autres = declared.map((s) => {
    const id = t(s, 'specialite');
    const m = count(obj(s).medecins);
    const adherentsNombre = facts.count.others.get(id) ?? 0;
    return { specialite: specialiteLabel(id), adherents: formatNumber(adherentsNombre), medecins: m === undefined ? t(s, 'medecins') : formatNumber(m), adherentsNombre, medecinsNombre: m };
  });
  // Adhérents of a specialty the territory does not declare still get their row (counted apart).
  const declaredIds = new Set(declared.map((s) => t(s, 'specialite')));
  for (const [id, n] of facts.count.others) {
    if (!declaredIds.has(id)) autres.push({ specialite: specialiteLabel(id), adherents: formatNumber(n), medecins: '', adherentsNombre: n, medecinsNombre: undefined });
  }
  const part = facts.part ?? '';
  const one = adherentsMain === 1;
  return {
    principale: {
      specialite: specialiteLabel(main),
      adherents: formatNumber(adherentsMain),
      // Not a count: the answer as written (« À COMPLÉTER » in a draft).
      medecins: medecins === undefined ? t(d, TERRITORY_MEDECINS) : formatNumber(medecins),
    },
    autres,
    part,
    adherentsNombre: adherentsMain,
    medecinsNombre: medecins,
    /** "Les 24 médecins adhérents représentent 13,2 % des 182 médecins…" */
    synthese:
      part !== ''
        ? `${one ? '1 médecin adhérent représente' : `Les ${formatNumber(adherentsMain)} médecins adhérents représentent`} ${part} des ${formatNumber(medecins!)} médecins de la spécialité exerçant sur le territoire.`
        : '',
  };
}

export function territoire(d: unknown) {
  const chosen = new Set(arr(at(d, TERRITORY_CODES)).map((c) => textOf(c)));
  const liste = DEPARTEMENTS.map((dep) => ({ code: dep.code, nom: dep.nom, coche: chosen.has(dep.code) }));
  const noms = arr(at(d, TERRITORY_CODES))
    .map((c) => departementByCode.get(textOf(c)))
    .filter((x) => x !== undefined)
    .map((dep) => `${dep.nom} (${dep.code})`);
  return { liste, noms, texte: frenchList(noms) };
}

/**
 * The partners, by rubrique of the trame: the computed words of each (its type's label), and its
 * `index` in the dossier's list, by which the templates read its own answers
 * (`(answer "partenaires" index "…")`).
 */
export function partenaires(d: unknown) {
  const all = arr(at(d, 'partenaires')).map((p, index) => {
    const type = typePartenaireById.get(t(p, 'type'));
    return {
      index,
      nom: t(p, 'nom'),
      type: type?.libelle ?? t(p, 'type'),
      rubrique: type?.rubrique ?? 'autres',
    };
  });
  return {
    tous: all,
    rubriques: rubriquesPartenaires.map((r) => {
      const items = all.filter((p) => p.rubrique === r.id);
      return { titre: r.titre, partenaires: items, vide: items.length === 0 };
    }),
  };
}

/** The places of consultations avancées: the place in words, and its `index` for the templates to read its answers. */
export function consultationsAvancees(d: unknown) {
  const lieux = arr(at(d, 'missions.consultations_avancees.lieux')).map((l, index) => ({
    index,
    lieu: joinNonEmpty([joinNonEmpty([t(l, 'commune'), t(l, 'code_postal') && `(${t(l, 'code_postal')})`], ' '), t(l, 'structure')], ' — '),
  }));
  return { lieux, aucun: lieux.length === 0 };
}

export const texts = (v: unknown): string[] => arr(v).map((x) => textOf(x).trim()).filter((x) => x !== '');

/** The indicators of the referential; the ESS's own (indicateurs.*) are read by the template. */
export function indicateurs() {
  return {
    themes: INDICATEURS.themes.map((th) => ({ titre: th.titre, nationaux: th.nationaux.map((i) => i.libelle), regionaux: th.regionaux.map((i) => i.libelle) })),
    qualitatif: INDICATEURS.qualitatif,
  };
}

export const DEPLOIEMENT_ROWS = [
  ['structuration_second_recours', 'Structuration de l’offre de 2nd recours sur le territoire permettant de faciliter la collaboration entre le 1er, le 2nd et le 3ème recours'],
  ['avis_specialise', 'Organisation permettant de donner une avis spécialisé ponctuel à la demande de médecins traitants et soignant du territoire'],
  ['consultations_avancees', 'Organisation de consultations avancées notamment dans les ZIP (optionnel pour le financement)'],
] as const;

export function nomSansPrefixeEss(nom: string): string {
  const m = /^(?:ESS|Équipe de soins spécialisés|Equipe de soins spécialisés)\b\s*[-–—:]?\s*(.+)$/iu.exec(nom);
  return m ? m[1]! : nom;
}

