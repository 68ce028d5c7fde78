import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('territoire-medecins-minimum', {
  valid: [
    { name: 'sample (182)', text: SAMPLE },
    { name: 'exactly 10', text: mutate([['medecins_specialite: 182', 'medecins_specialite: 10']]) },
    { name: 'unknown number (placeholder) is a-completer’s', text: mutate([['medecins_specialite: 182', 'medecins_specialite: À COMPLÉTER']]) },
  ],
  invalid: [
    {
      name: 'fewer than 10 médecins',
      text: mutate([['medecins_specialite: 182', 'medecins_specialite: 8']]),
      path: '/territoire/medecins_specialite',
      line: 'medecins_specialite: 8',
      severity: { lettre: 'error', projet: 'error' },
      message: ['que 8 médecins', 'au moins 10', 'territoire.derogation.motif'],
    },
    {
      name: 'with a dérogation: a warning quoting the motif',
      text: mutate([['medecins_specialite: 182\n', 'medecins_specialite: 8\n  derogation:\n    motif: Zone la plus en tension du département\n']]),
      path: '/territoire/medecins_specialite',
      line: 'medecins_specialite: 8',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['« Zone la plus en tension du département »'],
    },
  ],
});
