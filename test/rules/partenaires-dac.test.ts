import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('partenaires-dac', {
  valid: [{ name: 'sample', text: SAMPLE }],
  invalid: [
    {
      name: 'no DAC',
      text: mutate([['type: dac', 'type: autre']]),
      path: '/partenaires',
      line: 'partenaires:',
      severity: { lettre: 'info', projet: 'info' },
      message: ['(type : dac)'],
    },
  ],
});
