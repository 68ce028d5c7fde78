import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('delai-missions-socle', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'exactly one year', text: mutate([['date: 2027-03-01', 'date: 2027-11-15']]) },
    { name: 'the optional mission may come later', text: mutate([['date: 2027-09-01', 'date: 2028-09-01']]) },
  ],
  invalid: [
    {
      name: 'structuration du 2nd recours more than a year after the projet',
      text: mutate([['date: 2027-03-01', 'date: 2027-11-16']]),
      path: '/deploiement/missions/structuration_second_recours/date',
      line: 'date: 2027-11-16',
      severity: { lettre: null, projet: 'warning' },
      message: ['« structuration de l’offre de 2nd recours »', '16 novembre 2027', 'au plus tard le 15 novembre 2027'],
    },
    {
      name: 'avis spécialisé late',
      text: mutate([['date: 2027-05-01', 'date: 2028-01-01']]),
      path: '/deploiement/missions/avis_specialise/date',
      line: 'date: 2028-01-01',
      severity: { lettre: null, projet: 'warning' },
    },
  ],
});
