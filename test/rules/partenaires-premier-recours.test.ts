import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('partenaires-premier-recours', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'a CPTS alone is enough', text: mutate([['type: msp', 'type: autre'], ['type: cds', 'type: autre'], ['type: cpts', 'type: ess']]) },
  ],
  invalid: [
    {
      name: 'no MSP, CDS, ESP or CPTS',
      text: mutate([['type: msp', 'type: autre'], ['type: cds', 'type: autre'], ['type: cpts', 'type: ess'], ['type: cpts', 'type: ess']]),
      path: '/partenaires',
      line: 'partenaires:',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['msp, cds, esp ou cpts'],
    },
  ],
});
