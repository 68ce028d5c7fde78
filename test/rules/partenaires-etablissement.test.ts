import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('partenaires-etablissement', {
  valid: [{ name: 'sample', text: SAMPLE }],
  invalid: [
    {
      name: 'no établissement de santé',
      text: mutate([['type: etablissement_sante', 'type: autre']]),
      path: '/partenaires',
      line: 'partenaires:',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['etablissement_sante'],
    },
  ],
});
