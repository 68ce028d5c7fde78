import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('delai-missions-socle', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'exactly one year', text: mutate([['date: 2027-03-01', 'date: 2027-11-15']]) },
    { name: 'the optional mission may come later', text: mutate([['date: 2027-09-01', 'date: 2028-09-01']]) },
    // At the stage rapport: the sample's missions socle are deployed in 2027.
    { name: 'rapport: missions socle deployed (the optional mission may still be under way)', text: SAMPLE, stages: ['rapport'] },
    {
      name: 'rapport: not deployed yet in the first year (the year ends within a year of the projet)',
      text: mutate([['  date: 2026-11-15', '  date: 2027-02-01'], ['        etat: deployee\n        date: 2027-06-01', '        etat: en_cours']]),
      stages: ['rapport'],
    },
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
    {
      name: 'rapport: a mission socle still under way at the end of a year ending more than a year after the projet',
      text: mutate([['        etat: deployee\n        date: 2027-06-01', '        etat: en_cours']]),
      path: '/activite/2027/missions/avis_specialise/etat',
      line: 'etat: en_cours',
      severity: { lettre: null, projet: null, rapport: 'warning' },
      message: ['« avis spécialisé ponctuel » est encore en cours de déploiement au 31 décembre 2027', 'au plus tard le 15 novembre 2027', '15 novembre 2026'],
    },
    {
      name: 'rapport: a mission socle not started in the second year',
      text: mutate([['        etat: deployee\n        date: 2027-03-01', '        etat: non_commencee']]),
      path: '/activite/2027/missions/structuration_second_recours/etat',
      line: 'etat: non_commencee',
      severity: { lettre: null, projet: null, rapport: 'warning' },
      message: ['pas encore commencée au 31 décembre 2027'],
    },
  ],
});
