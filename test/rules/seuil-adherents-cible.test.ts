import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('seuil-adherents-cible', {
  valid: [{ name: 'number of médecins not known yet', text: mutate([['medecins_specialite: 182', 'medecins_specialite: À COMPLÉTER']]) }],
  invalid: [
    {
      name: 'sample: where it stands against 30 % and 50 %',
      text: SAMPLE,
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'info', projet: 'info' },
      message: ['24 adhérents pour 182 médecins', '(13,2 %)', 'Cible intermédiaire de 30 % : 55 requis, encore 31 adhérents', 'au terme de 5 ans, cible de 50 % : 91 requis, encore 67 adhérents'],
    },
    {
      name: 'targets met',
      text: mutate([['medecins_specialite: 182', 'medecins_specialite: 40']]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'info', projet: 'info' },
      message: ['Cible intermédiaire de 30 % : 12 requis, atteinte', 'au terme de 5 ans, cible de 50 % : 20 requis, atteinte'],
    },
    {
      name: 'rapport: the adhérents at 31 December, with the time since the projet',
      text: SAMPLE,
      path: '/adherents',
      line: /^adherents:/,
      severity: { rapport: 'info' },
      message: ['Au 31 décembre 2027, 1 an et 1 mois après le projet de santé (15 novembre 2026)', '24 adhérents pour 182 médecins', 'au terme de 5 ans (15 novembre 2031), cible de 50 % : 91 requis, encore 67 adhérents'],
    },
    {
      name: 'rapport: adhérents signed after 31 December not counted, progression over the year',
      text: mutate([
        ['rpps: "10026138627", adhesion: 2026-11-02', 'rpps: "10026138627", adhesion: 2028-01-10'],
        ['rpps: "10059130533", adhesion: 2026-10-19', 'rpps: "10059130533", adhesion: 15/03/2027'],
      ]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { rapport: 'info' },
      message: ['23 adhérents pour 182 médecins', '(22 au 31 décembre 2026)', 'encore 32 adhérents'],
    },
    {
      name: 'rapport: a later year counts every adhérent',
      text: mutate([['rpps: "10026138627", adhesion: 2026-11-02', 'rpps: "10026138627", adhesion: 2028-01-10']]),
      annee: '2028',
      path: '/adherents',
      line: /^adherents:/,
      severity: { rapport: 'info' },
      message: ['Au 31 décembre 2028, 2 ans et 1 mois après', '24 adhérents', '(23 au 31 décembre 2027)'],
    },
  ],
});
