import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('delai-operationnel', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'one activity within 18 months is enough', text: mutate([['date: 2027-05-01', 'date: 2028-05-01']]) },
  ],
  invalid: [
    {
      name: 'no mission-socle activity within 18 months of the lettre',
      text: mutate([['date: 2027-03-01', 'date: 2027-12-16'], ['date: 2027-05-01', 'date: 2028-01-10']]),
      path: '/deploiement/missions/structuration_second_recours/date',
      line: 'date: 2027-12-16',
      severity: { lettre: null, projet: 'warning' },
      message: ['18 mois', '15 juin 2026', '15 décembre 2027'],
    },
  ],
});
