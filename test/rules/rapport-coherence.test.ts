import { ruleTable, mutate, SAMPLE } from './table.js';

const RAPPORT_ONLY = { lettre: null, projet: null, rapport: 'error' } as const;
const LARRALDE = 'rpps: "10026138627", adhesion: 2026-11-02';

ruleTable('rapport-coherence', {
  valid: [
    { name: 'the sample’s year', text: SAMPLE, stages: ['lettre', 'projet', 'rapport'] },
    { name: 'every soignant adressant is a médecin traitant', text: mutate([['medecins_traitants_adressants: 95', 'medecins_traitants_adressants: 140']]), stages: ['rapport'] },
    { name: 'every adhérent is active', text: mutate([['medecins_actifs: 22', 'medecins_actifs: 24']]), stages: ['rapport'] },
    { name: 'a figure still to complete is a-completer’s', text: mutate([['soignants_adressants: 140', 'soignants_adressants: À COMPLÉTER']]), stages: ['rapport'] },
    { name: 'another year is not checked', text: mutate([['medecins_traitants_adressants: 95', 'medecins_traitants_adressants: 160']]), stages: ['rapport'], annee: '2028' },
  ],
  invalid: [
    {
      name: 'more médecins traitants than soignants adressants',
      text: mutate([['medecins_traitants_adressants: 95', 'medecins_traitants_adressants: 160']]),
      path: '/activite/2027/indicateurs/medecins_traitants_adressants',
      line: 'medecins_traitants_adressants: 160',
      severity: RAPPORT_ONLY,
      message: ['160 médecins traitants adressants, pour 140 soignants adressants', 'Corrigez'],
    },
    {
      name: 'more médecins actifs than adhérents',
      text: mutate([['medecins_actifs: 22', 'medecins_actifs: 25']]),
      path: '/activite/2027/medecins_actifs',
      line: 'medecins_actifs: 25',
      severity: RAPPORT_ONLY,
      message: ['25 médecins actifs', '24 adhérents comptés au 31 décembre 2027'],
    },
    {
      name: 'an adhérent signed after 31 December is not counted in that year',
      text: mutate([['medecins_actifs: 22', 'medecins_actifs: 24'], [LARRALDE, 'rpps: "10026138627", adhesion: 2028-01-10']]),
      path: '/activite/2027/medecins_actifs',
      line: 'medecins_actifs: 24',
      severity: RAPPORT_ONLY,
      message: ['24 médecins actifs', '23 adhérents comptés au 31 décembre 2027'],
    },
    {
      name: 'more médecins proposing consultations avancées than médecins actifs',
      text: mutate([['medecins_consultations_avancees: 4', 'medecins_consultations_avancees: 23']]),
      path: '/activite/2027/indicateurs/medecins_consultations_avancees',
      line: 'medecins_consultations_avancees: 23',
      severity: RAPPORT_ONLY,
      message: ['23 médecins proposent des consultations avancées, pour 22 médecins actifs'],
    },
    {
      name: 'consultations avancées without a médecin proposing them',
      text: mutate([['medecins_consultations_avancees: 4', 'medecins_consultations_avancees: 0']]),
      path: '/activite/2027/indicateurs/consultations_avancees',
      line: 'consultations_avancees: 213',
      severity: RAPPORT_ONLY,
      message: ['213 consultations avancées réalisées', 'aucun médecin'],
    },
    {
      name: 'more patients than acts of télé-expertise (regional indicators)',
      text: mutate([['patients_teleexpertise_teleconsultation: 356', 'patients_teleexpertise_teleconsultation: 500']]),
      path: '/activite/2027/regionaux/patients_teleexpertise_teleconsultation',
      line: 'patients_teleexpertise_teleconsultation: 500',
      severity: RAPPORT_ONLY,
      message: ['500 patients', '421 actes'],
    },
    {
      name: 'a mission said deployed at year end but put in service the next year',
      text: mutate([['        date: 2027-06-01', '        date: 2028-02-01']]),
      path: '/activite/2027/missions/avis_specialise/date',
      line: 'date: 2028-02-01',
      severity: RAPPORT_ONLY,
      message: ['déployée au 31 décembre 2027', '1er février 2028', 'en_cours'],
    },
  ],
});
