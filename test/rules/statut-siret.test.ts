import { ruleTable, mutate, SAMPLE, LETTRE } from './table.js';

ruleTable('statut-siret', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'en création: no SIRET needed', text: LETTRE, stages: ['lettre'] },
    { name: 'placeholder SIRET is a-completer’s', text: mutate([['"88432176500015"', 'À COMPLÉTER']]) },
  ],
  invalid: [
    {
      name: 'constituée without SIRET: at the parent',
      text: mutate([['  siret: "88432176500015"\n', '']]),
      path: '/statut_juridique/siret',
      line: 'statut_juridique:',
      severity: { lettre: 'error', projet: 'error' },
      message: ['constituee', 'statut_juridique.siret'],
    },
  ],
});
