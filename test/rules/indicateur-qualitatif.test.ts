import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('indicateur-qualitatif', {
  valid: [{ name: 'sample', text: SAMPLE }],
  invalid: [
    {
      name: 'no qualitative indicator: at the parent',
      text: mutate([[/  qualitatifs:\n    - .*\n/, '']]),
      path: '/indicateurs/qualitatifs',
      line: 'indicateurs:',
      severity: { lettre: 'info', projet: 'error' },
      message: ['au moins un'],
    },
    {
      name: 'an empty list',
      text: mutate([[/  qualitatifs:\n    - .*\n/, '  qualitatifs: []\n']]),
      path: '/indicateurs/qualitatifs',
      line: 'qualitatifs: []',
      severity: { lettre: 'info', projet: 'error' },
    },
  ],
});
