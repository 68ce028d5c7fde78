import { ruleTable, mutate, SAMPLE } from './table.js';

const LONG = 'Le territoire manque de cardiologues. '.repeat(1400); // 53 200 characters

ruleTable('texte-trop-long', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'a long answer within the limit (about 45 000 characters)', text: mutate([["d'ici 2030.", `d'ici 2030. ${'Le territoire manque de cardiologues. '.repeat(1180)}`]]) },
  ],
  invalid: [
    {
      name: 'an answer of more than 50 000 characters',
      text: mutate([["d'ici 2030.", `d'ici 2030. ${LONG}`]]),
      path: '/diagnostic/autres',
      line: 'autres: |',
      severity: { lettre: 'error', projet: 'error' },
      message: ['diagnostic › autres', '53 2', '50 000'],
    },
  ],
});
