// One example per rule for docs/regles.md: a minimal mutation of the complete sample, run through
// the real rule, so that the documented message is the one users get. Not loaded by `ess check`.
import type { ActivityRow } from '../../src/annuaire/definitions.js';
import type { AnnuaireRows } from '../../src/annuaire/rows.js';
import type { RuleExample as BaseExample } from '../../src/rules/rule.js';

export interface RuleExample extends BaseExample {
  /** For an `annuaire-*` rule: the rows an extract would give. */
  annuaire?: AnnuaireRows;
}

/** Lines of an extract for one person (the sample's adhérent Maite Etcheverry unless told). */
const row = (over: Partial<ActivityRow> = {}): ActivityRow => ({
  id: '10071968035', nom: 'ETCHEVERRY', prenom: 'Maite', profession: '10', typeSavoirFaire: 'S', savoirFaire: 'SM04', mode: 'L', departement: '64', ...over,
});
const extract = (rows: ActivityRow[], effectifs?: AnnuaireRows['effectifs']): AnnuaireRows => ({
  name: 'PS_LibreAcces_Personne_activite_202611220000.txt',
  rowsById: new Map([['10071968035', rows]]),
  effectifs,
});

const DEROGATION = '  derogation:\n    motif: Zone la plus en tension du département\n';

export const EXAMPLES: Record<string, RuleExample> = {
  'a-completer': { stage: 'projet', mutations: [['  nom: Lacoste', '  nom: À COMPLÉTER']] },
  'specialite-medecine-generale': { stage: 'projet', mutations: [['  specialite: cardiologie\n  date', '  specialite: medecine-generale\n  date']] },
  'rpps-cle': { stage: 'projet', mutations: [['rpps: "10082003723"', 'rpps: "10082003724"']] },
  'rpps-doublon': { stage: 'projet', mutations: [['rpps: "10010763422"', 'rpps: "10071968035"']] },
  'adherent-specialite': { stage: 'projet', mutations: [['specialite: cardiologie }', 'specialite: pneumologie }']] },
  'pluri-specialites-derogation': { stage: 'projet', mutations: [['  medecins_specialite: 182\n', '  medecins_specialite: 182\n  autres_specialites:\n    - { specialite: pneumologie, medecins: 12 }\n']] },
  'siret-cle': { stage: 'projet', mutations: [['"88432176500015"', '"88432176500016"']] },
  'statut-siret': { stage: 'projet', mutations: [['  siret: "88432176500015"\n', '']] },
  'statut-date-prefecture': { stage: 'projet', mutations: [['  etat: constituee\n', '  etat: en_creation\n'], ['  siret: "88432176500015"\n', '']] },
  'territoire-medecins-minimum': { stage: 'projet', mutations: [['medecins_specialite: 182\n', `medecins_specialite: 8\n${DEROGATION}`]] },
  'seuil-adherents': { stage: 'projet', mutations: [['medecins_specialite: 182', 'medecins_specialite: 260']] },
  'seuil-adherents-cible': { stage: 'projet', mutations: [] },
  'mission-socle': { stage: 'projet', mutations: [[/  coordination_parcours: \|\n(    .*\n)+/, '']] },
  'partenaires-premier-recours': { stage: 'projet', mutations: [['type: msp', 'type: autre'], ['type: cds', 'type: autre'], ['type: cpts', 'type: ess'], ['type: cpts', 'type: ess']] },
  'partenaires-etablissement': { stage: 'projet', mutations: [['type: etablissement_sante', 'type: autre']] },
  'partenaires-dac': { stage: 'projet', mutations: [['type: dac', 'type: autre']] },
  'consultation-hors-territoire': { stage: 'projet', mutations: [['code_postal: "40700"', 'code_postal: "24700"']] },
  'indicateur-qualitatif': { stage: 'projet', mutations: [[/  qualitatifs:\n    - .*\n/, '']] },
  'delai-projet-sante': { stage: 'projet', mutations: [['date_depot: 2026-06-15', 'date_depot: 2026-05-14']] },
  'delai-missions-socle': { stage: 'projet', mutations: [['date: 2027-03-01', 'date: 2027-11-16']] },
  'delai-operationnel': { stage: 'projet', mutations: [['date: 2027-03-01', 'date: 2027-12-16'], ['date: 2027-05-01', 'date: 2028-01-10']] },
  'deploiement-consultations-avancees': { stage: 'projet', mutations: [[/    consultations_avancees:\n      travaux: .*\n      date: .*\n/, '']] },
  'cpam-rattachement': { stage: 'projet', mutations: [] },
  financement: { stage: 'projet', mutations: [] },
  'adherents-effectif': { stage: 'projet', mutations: [['medecins_specialite: 182', 'medecins_specialite: 20']] },
  'dotation-dix-adherents': { stage: 'projet', mutations: [['medecins_specialite: 182', 'medecins_specialite: 60'], [/(  - \{ nom: .*\n){15}/, '']] },
  'dates-coherence': { stage: 'projet', mutations: [['date_depot: 2026-06-15', 'date_depot: 2026-12-01']] },
  'ess-meme-specialite': { stage: 'projet', mutations: [['    type: autre\n', '    type: ess\n    specialite: cardiologie\n']] },
  'statut-coherence': { stage: 'projet', mutations: [['  etat: constituee\n', '  etat: en_creation\n  date_depot_prefecture: 2026-05-02\n']] },
  'rapport-coherence': { stage: 'rapport', annee: '2027', mutations: [['medecins_traitants_adressants: 95', 'medecins_traitants_adressants: 160']] },
  'rapport-indicateurs-projet': { stage: 'rapport', annee: '2027', mutations: [[/    qualitatifs:\n      - indicateur: Satisfaction.*\n.*\n/, '']] },
  'texte-trop-long': { stage: 'projet', mutations: [["d'ici 2030.", `d'ici 2030. ${'Le territoire manque de cardiologues. '.repeat(1400)}`]] },
  'annuaire-rpps-inconnu': { stage: 'projet', mutations: [], annuaire: extract([]) },
  'annuaire-identite': { stage: 'projet', mutations: [], annuaire: extract([row({ prenom: 'Maialen' })]) },
  'annuaire-profession': { stage: 'projet', mutations: [], annuaire: extract([row({ profession: '21', savoirFaire: '' })]) },
  'annuaire-specialite': { stage: 'projet', mutations: [], annuaire: extract([row({ savoirFaire: 'SM53' })]) },
  'annuaire-non-liberal': { stage: 'projet', mutations: [], annuaire: extract([row({ mode: 'S' })]) },
  'annuaire-hors-territoire': { stage: 'projet', mutations: [], annuaire: extract([row({ departement: '33' })]) },
  'annuaire-effectif': { stage: 'projet', mutations: [], annuaire: extract([row()], { departements: { '40': 61, '64': 148 }, total: 205 }) },
};
