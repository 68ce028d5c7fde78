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
  ],
});
