import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('consultation-hors-territoire', {
  valid: [
    { name: 'sample (64 and 40)', text: SAMPLE },
    { name: 'placeholder postal code is a-completer’s', text: mutate([['code_postal: "40700"', 'code_postal: À COMPLÉTER']]) },
  ],
  invalid: [
    {
      name: 'a consultation in Dordogne',
      text: mutate([['code_postal: "40700"', 'code_postal: "24700"']]),
      path: '/missions/consultations_avancees/lieux/2/code_postal',
      line: 'code_postal: "24700"',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['24700 Hagetmau', 'département 24 Dordogne', '(64 Pyrénées-Atlantiques et 40 Landes)'],
    },
  ],
});
