import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('delai-projet-sante', {
  valid: [
    { name: 'sample (5 months)', text: SAMPLE },
    { name: 'exactly 6 months', text: mutate([['date_depot: 2026-06-15', 'date_depot: 2026-05-15']]) },
  ],
  invalid: [
    {
      name: '6 months and a day: projet stage only',
      text: mutate([['date_depot: 2026-06-15', 'date_depot: 2026-05-14']]),
      path: '/ess/date',
      line: 'date: 2026-11-15',
      severity: { lettre: null, projet: 'warning' },
      // Only what the cahier says: no invented procedure (« prévenez l’ARS du retard »).
      message: ['15 novembre 2026', '14 mai 2026', 'au plus tard le 14 novembre 2026', '« dans les 6 mois suivant le dépôt de la lettre d’intention »', /^(?![\s\S]*prévenez)/],
    },
  ],
});
