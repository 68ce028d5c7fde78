import { ruleTable, mutate, SAMPLE } from './table.js';

const AUTRES = '  autres_specialites:\n    - { specialite: pneumologie, medecins: 12 }\n';

ruleTable('pluri-specialites-derogation', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'several specialties with a motivated dérogation', text: mutate([['  medecins_specialite: 182\n', `  medecins_specialite: 182\n  derogation:\n    motif: Moins de 10 pneumologues par département\n${AUTRES}`]]) },
  ],
  invalid: [
    {
      name: 'several specialties without dérogation',
      text: mutate([['  medecins_specialite: 182\n', `  medecins_specialite: 182\n${AUTRES}`]]),
      path: '/territoire/autres_specialites',
      line: 'autres_specialites:',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['à titre dérogatoire'],
    },
  ],
});
