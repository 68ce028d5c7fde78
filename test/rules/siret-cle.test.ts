import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('siret-cle', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'La Poste: digit sum multiple of 5', text: mutate([['"88432176500015"', '"35600000000001"']]) },
  ],
  invalid: [
    {
      name: 'last digit changed',
      text: mutate([['"88432176500015"', '"88432176500016"']]),
      path: '/statut_juridique/siret',
      line: '88432176500016',
      severity: { lettre: 'error', projet: 'error' },
      message: ['88432176500016', 'clé de contrôle'],
    },
    {
      name: 'La Poste with a bad sum',
      text: mutate([['"88432176500015"', '"35600000000002"']]),
      path: '/statut_juridique/siret',
      line: '35600000000002',
      severity: { lettre: 'error', projet: 'error' },
    },
  ],
});
