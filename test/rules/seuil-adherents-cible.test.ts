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
      message: ['24 adhérents pour 182 médecins', '(13,2 %)', 'cible de 30 % : 55, encore 31 adhérents', 'cible de 50 % : 91, encore 67 adhérents'],
    },
    {
      name: 'targets met',
      text: mutate([['medecins_specialite: 182', 'medecins_specialite: 40']]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'info', projet: 'info' },
      message: ['cible de 30 % (12) atteinte', 'cible de 50 % (20) atteinte'],
    },
  ],
});
