import { ruleTable, mutate, SAMPLE, LETTRE } from './table.js';

ruleTable('statut-date-prefecture', {
  valid: [
    { name: 'constituée', text: SAMPLE },
    { name: 'en création with its date', text: LETTRE, stages: ['lettre'] },
  ],
  invalid: [
    {
      name: 'en création without date: at the parent',
      text: mutate([['  etat: constituee\n', '  etat: en_creation\n'], ['  siret: "88432176500015"\n', '']]),
      path: '/statut_juridique/date_depot_prefecture',
      line: 'statut_juridique:',
      severity: { lettre: 'error', projet: 'error' },
      message: ['en_creation', 'date_depot_prefecture'],
    },
    {
      name: 'lettre sample with the date removed',
      text: mutate([['  date_depot_prefecture: 2026-09-02\n', '']], LETTRE),
      path: '/statut_juridique/date_depot_prefecture',
      line: 'statut_juridique:',
      severity: { lettre: 'error' },
    },
  ],
});
