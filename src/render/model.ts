// The view model: everything the templates show, computed here from the dossier and the
// referentials. Pure (no I/O), and total: every field exists, so that the templates (compiled in
// Handlebars' strict mode) never meet a missing value and never test for presence themselves.
// It reads the dossier defensively: a draft (`--brouillon`) may not even have a valid structure.
import {
  departements as DEPARTEMENTS,
  departementByCode,
  financement,
  formalisationById,
  indicateurs as INDICATEURS,
  rubriquesPartenaires,
  specialiteById,
  typePartenaireById,
} from '../referentiels/index.js';
import { associationArticle, computeFacts, euros, formatNumber, frenchDate, frenchList, type Facts } from '../facts/index.js';
import type { Dossier } from '../generated/dossier.js';
import type { Cpam } from '../referentiels/index.js';
import { textOf } from './escape.js';
import { isoDate } from '../facts/index.js';
import { autresSpecialites, avanceeLines, calendrier, partnerLines, socleActions } from './lettre-parts.js';
import { sentenceEnd } from './punctuation.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => obj(o)[k], root);
/** Text at a dotted path; '' when absent or not text. */
const t = (root: unknown, path: string): string => textOf(at(root, path)).trim();
const dateText = (v: unknown): string => frenchDate(v instanceof Date ? v : textOf(v));
const joinNonEmpty = (parts: string[], sep: string) => parts.filter((p) => p !== '').join(sep);

export interface Person {
  nomPrenom: string;
  qualite: string;
  courriel: string;
  telephone: string;
  /** "Maite Etcheverry, Présidente — courriel — téléphone" */
  coordonnees: string;
}

function person(p: unknown, qualiteKey: 'qualite' | 'profession'): Person {
  const nomPrenom = joinNonEmpty([t(p, 'prenom'), t(p, 'nom')], ' ');
  const qualite = t(p, qualiteKey);
  const courriel = t(p, 'courriel');
  const telephone = t(p, 'telephone');
  return {
    nomPrenom,
    qualite,
    courriel,
    telephone,
    coordonnees: joinNonEmpty([joinNonEmpty([nomPrenom, qualite], ', '), courriel, telephone], ' — '),
  };
}

const specialiteLabel = (id: string): string => specialiteById.get(id)?.libelle ?? id;

export interface Common {
  nom: string;
  specialite: string;
  association: string;
  brouillon: boolean;
  titre: string;
  auteur: string;
}

function common(d: unknown, brouillon: boolean, titre: string): Common {
  const nom = t(d, 'ess.nom');
  const association = t(d, 'statut_juridique.nom_association');
  return {
    nom,
    specialite: specialiteLabel(t(d, 'ess.specialite')),
    association,
    brouillon,
    titre: joinNonEmpty([titre, nom], ' — '),
    auteur: association || nom || 'ESS',
  };
}

interface Adherent {
  n: number;
  nomPrenom: string;
  specialite: string;
  rpps: string;
}

// Read with direct property access: for 1,000 adhérents, dotted paths cost a cold render ~10 ms.
const field = (o: unknown, key: string): string => textOf(obj(o)[key]).trim();

/**
 * The figures of a draft, computed by src/facts as `check` computes them. A draft may have any
 * shape: only the answers the figures need, as the types say.
 */
export function draftFacts(d: unknown): Facts {
  const siege = obj(at(d, 'statut_juridique.siege'));
  const text = (v: unknown) => textOf(v).trim();
  const medecins = at(d, 'territoire.medecins_specialite');
  const draft = {
    version: 1,
    ess: { specialite: text(at(d, 'ess.specialite')) },
    territoire: {
      departements: arr(at(d, 'territoire.departements')).map(text),
      medecins_specialite: typeof medecins === 'number' ? medecins : undefined,
      derogation: { motif: text(at(d, 'territoire.derogation.motif')) },
    },
    statut_juridique: { siege: { code_postal: text(siege.code_postal), commune: text(siege.commune), departement: text(siege.departement) } },
    adherents: arr(at(d, 'adherents')).map((a) => ({ rpps: field(a, 'rpps'), specialite: field(a, 'specialite') })),
  } as unknown as Dossier;
  return computeFacts(draft);
}

/** Annexe 1's rows. */
function adherents(d: unknown): Adherent[] {
  const main = t(d, 'ess.specialite');
  return arr(at(d, 'adherents')).map((a, i) => ({
    n: i + 1,
    // Annexe 1 of the trame: "Nom, Prénom".
    nomPrenom: joinNonEmpty([field(a, 'nom'), field(a, 'prenom')], ', '),
    specialite: specialiteLabel(field(a, 'specialite') || main),
    rpps: field(a, 'rpps'),
  }));
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** §3: one row for the specialty of the ESS, one per other specialty (dérogation): the counted adhérents. */
function composition(d: unknown, facts: Facts) {
  const main = t(d, 'ess.specialite');
  const adherentsMain = facts.adherents;
  const medecins = count(at(d, 'territoire.medecins_specialite'));
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
      medecins: medecins === undefined ? t(d, 'territoire.medecins_specialite') : formatNumber(medecins),
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
    derogation: t(d, 'territoire.derogation.motif'),
  };
}

function territoire(d: unknown) {
  const chosen = new Set(arr(at(d, 'territoire.departements')).map((c) => textOf(c)));
  const liste = DEPARTEMENTS.map((dep) => ({ code: dep.code, nom: dep.nom, coche: chosen.has(dep.code) }));
  const noms = arr(at(d, 'territoire.departements'))
    .map((c) => departementByCode.get(textOf(c)))
    .filter((x) => x !== undefined)
    .map((dep) => `${dep.nom} (${dep.code})`);
  return { liste, noms, texte: frenchList(noms) };
}

function partenaires(d: unknown) {
  const all = arr(at(d, 'partenaires')).map((p) => {
    const type = typePartenaireById.get(t(p, 'type'));
    return {
      nom: t(p, 'nom'),
      type: type?.libelle ?? t(p, 'type'),
      rubrique: type?.rubrique ?? 'autres',
      cooperation: t(p, 'cooperation'),
      formalisation: formalisationById.get(t(p, 'formalisation'))?.libelle ?? t(p, 'formalisation'),
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

function consultationsAvancees(d: unknown) {
  const lieux = arr(at(d, 'missions.consultations_avancees.lieux')).map((l) => ({
    lieu: joinNonEmpty([joinNonEmpty([t(l, 'commune'), t(l, 'code_postal') && `(${t(l, 'code_postal')})`], ' '), t(l, 'structure')], ' — '),
    commune: t(l, 'commune'),
    vacations: t(l, 'vacations'),
    specificite: t(l, 'specificite'),
  }));
  return { lieux, aucun: lieux.length === 0, modalites: t(d, 'missions.consultations_avancees.modalites_adressage') };
}

const texts = (v: unknown): string[] => arr(v).map((x) => textOf(x).trim()).filter((x) => x !== '');

function indicateurs(d: unknown) {
  return {
    themes: INDICATEURS.themes.map((th) => ({ titre: th.titre, nationaux: th.nationaux, regionaux: th.regionaux })),
    complementaires: texts(at(d, 'indicateurs.complementaires')),
    qualitatifs: texts(at(d, 'indicateurs.qualitatifs')),
    qualitatif: INDICATEURS.qualitatif,
  };
}

const DEPLOIEMENT_ROWS = [
  ['structuration_second_recours', 'Structuration de l’offre de 2nd recours sur le territoire permettant de faciliter la collaboration entre le 1er, le 2nd et le 3ème recours'],
  ['avis_specialise', 'Organisation permettant de donner une avis spécialisé ponctuel à la demande de médecins traitants et soignant du territoire'],
  ['consultations_avancees', 'Organisation de consultations avancées notamment dans les ZIP (optionnel pour le financement)'],
] as const;

function nomSansPrefixeEss(nom: string): string {
  const m = /^(?:ESS|Équipe de soins spécialisés|Equipe de soins spécialisés)\b\s*[-–—:]?\s*(.+)$/iu.exec(nom);
  return m ? m[1]! : nom;
}

export type ProjetView = ReturnType<typeof buildProjetView>;

/** Everything the projet de santé shows (trame type, ARS Nouvelle-Aquitaine). */
export function buildProjetView(d: unknown, options: { brouillon: boolean }) {
  const etat = t(d, 'statut_juridique.etat');
  const representant = person(at(d, 'statut_juridique.representant_legal'), 'qualite');
  return {
    ...common(d, options.brouillon, 'Projet de santé'),
    date: dateText(at(d, 'ess.date')),
    territoire: territoire(d),
    statut: {
      constituee: etat === 'constituee',
      enCreation: etat === 'en_creation',
      nomAssociation: t(d, 'statut_juridique.nom_association'),
      siret: t(d, 'statut_juridique.siret'),
      representant: representant.coordonnees,
      dateDepotPrefecture: dateText(at(d, 'statut_juridique.date_depot_prefecture')),
    },
    referent: person(at(d, 'referent'), 'profession'),
    diagnostic: {
      etatSante: t(d, 'diagnostic.etat_sante'),
      offreDeSoins: t(d, 'diagnostic.offre_de_soins'),
      besoinsCpts: t(d, 'diagnostic.besoins_cpts'),
      fragilites: t(d, 'diagnostic.fragilites_parcours'),
      autres: t(d, 'diagnostic.autres'),
    },
    composition: composition(d, draftFacts(d)),
    partenaires: partenaires(d),
    gouvernance: {
      articulation: t(d, 'gouvernance.articulation'),
      instances: t(d, 'gouvernance.instances'),
      actualisation: t(d, 'gouvernance.actualisation'),
    },
    missions: {
      coordination: t(d, 'missions.coordination_parcours'),
      consultation: t(d, 'missions.appui_expertise.consultation'),
      teleexpertise: t(d, 'missions.appui_expertise.teleexpertise'),
      avancees: consultationsAvancees(d),
      pluripro: t(d, 'missions.fonctionnement.exercice_pluripro'),
      examens: t(d, 'missions.fonctionnement.acces_examens'),
      snp: t(d, 'missions.fonctionnement.soins_non_programmes'),
      telemedecine: t(d, 'missions.fonctionnement.telemedecine'),
      autresActivites: t(d, 'missions.fonctionnement.autres_activites'),
    },
    outils: {
      entreAdherents: t(d, 'outils_numeriques.entre_adherents'),
      premierRecours: t(d, 'outils_numeriques.premier_recours'),
      troisiemeRecours: t(d, 'outils_numeriques.troisieme_recours'),
    },
    indicateurs: indicateurs(d),
    deploiement: {
      calendrierGouvernance: t(d, 'deploiement.calendrier_gouvernance'),
      lignes: DEPLOIEMENT_ROWS.map(([key, libelle]) => ({
        libelle,
        travaux: t(d, `deploiement.missions.${key}.travaux`),
        date: dateText(at(d, `deploiement.missions.${key}.date`)),
      })),
      communication: t(d, 'deploiement.communication'),
      augmentationAdherents: t(d, 'deploiement.augmentation_adherents'),
      cooperations: t(d, 'deploiement.cooperations'),
      autresActions: t(d, 'deploiement.autres_actions'),
    },
    signataire: joinNonEmpty([representant.nomPrenom, representant.qualite], ', '),
    /** "Projet de santé de l'ESS …" without "ESS ESS" when the name already starts with it. */
    nomApresEss: nomSansPrefixeEss(t(d, 'ess.nom')),
    signature: {
      lieu: t(d, 'signature.lieu'),
      date: dateText(at(d, 'signature.date')) || dateText(at(d, 'ess.date')),
    },
    adherents: adherents(d),
  };
}

export type LettreView = ReturnType<typeof buildLettreView>;

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

/** Everything the lettre d’intention shows (cahier des charges §VI.B.1). */
export function buildLettreView(d: unknown, options: { brouillon: boolean; today: string }) {
  const base = common(d, options.brouillon, 'Lettre d’intention');
  const facts = draftFacts(d);
  const compo = composition(d, facts);
  const etat = t(d, 'statut_juridique.etat');
  const siege = obj(at(d, 'statut_juridique.siege'));
  const caisses = lettreCaisses(d, facts);
  const representant = person(at(d, 'statut_juridique.representant_legal'), 'qualite');
  const referent = person(at(d, 'referent'), 'profession');
  const ter = territoire(d);
  const avancees = consultationsAvancees(d);
  const credit = financement.credit_amorcage;
  const associationStatut =
    etat === 'constituee'
      ? joinNonEmpty(['association loi 1901', t(d, 'statut_juridique.siret') && `SIRET ${t(d, 'statut_juridique.siret')}`], ', ')
      : etat === 'en_creation'
        ? joinNonEmpty(
            [
              'association loi 1901 en cours de création',
              dateText(at(d, 'statut_juridique.date_depot_prefecture')) &&
                `déclaration déposée en préfecture le ${dateText(at(d, 'statut_juridique.date_depot_prefecture'))}`,
            ],
            ', ',
          )
        : 'association loi 1901';
  return {
    ...base,
    expediteur: [
      base.association || base.nom,
      t(siege, 'adresse'),
      joinNonEmpty([textOf(siege.code_postal).trim(), textOf(siege.commune).trim()], ' '),
      joinNonEmpty([representant.courriel, representant.telephone], ' — '),
    ],
    destinataires: [
      'Agence régionale de santé Nouvelle-Aquitaine',
      caisses.length > 0 ? caisses.map((c) => c.nom).join(' ou ') : 'Caisse primaire d’assurance maladie',
    ],
    caisses,
    signataire: [representant.nomPrenom, representant.qualite, base.association],
    lieu: t(d, 'lettre_intention.lieu') || textOf(siege.commune).trim(),
    date: dateText(at(d, 'lettre_intention.date_depot')) || frenchDate(options.today),
    associationStatut,
    siegeCommune: textOf(siege.commune).trim(),
    representant,
    referent,
    territoire: ter.texte,
    plusieursDepartements: ter.noms.length > 1,
    medecins: compo.medecinsNombre === undefined ? '' : formatNumber(compo.medecinsNombre),
    adherents: formatNumber(compo.adherentsNombre),
    /** "médecin de la spécialité adhérent" / "médecins de la spécialité adhérents": agrees with the count. */
    adherentsMots: compo.adherentsNombre > 1 ? 'médecins de la spécialité adhérents' : 'médecin de la spécialité adhérent',
    /** "l’association " before the name, or only "l’" when the name starts with « Association ». */
    associationArticle: associationArticle(base.association),
    part: compo.part,
    referentContact: joinNonEmpty([referent.courriel, referent.telephone], ', '),
    autresSpecialites: autresSpecialites(compo.autres),
    /** The motif of the dérogation asked (territoire.derogation.motif), as the end of a sentence. */
    derogation: sentenceEnd(compo.derogation),
    partenaires: partnerLines(partenaires(d).tous),
    gouvernance: t(d, 'gouvernance.instances'),
    missions: {
      socle: socleActions({
        coordination: t(d, 'missions.coordination_parcours'),
        consultation: t(d, 'missions.appui_expertise.consultation'),
        teleexpertise: t(d, 'missions.appui_expertise.teleexpertise'),
      }),
      avancees: avanceeLines(avancees.lieux),
    },
    /** Cahier §VI.B.1 « dans des délais raisonnables »: the dates of the plan de déploiement already known. */
    calendrier: calendrier(
      DEPLOIEMENT_ROWS.map(([key]) => {
        const iso = isoDate(at(d, `deploiement.missions.${key}.date`));
        return { key, date: iso ? frenchDate(iso) : '' };
      }),
    ),
    qualitatifs: texts(at(d, 'indicateurs.qualitatifs')),
    credit: {
      total: euros(credit.total),
      premiereTranche: euros(credit.tranches[0]?.montant ?? 0),
    },
  };
}
