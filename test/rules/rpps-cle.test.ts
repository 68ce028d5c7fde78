import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('rpps-cle', {
  valid: [
    { name: 'sample (24 valid keys)', text: SAMPLE },
    { name: 'real numbers that pass (reference README)', text: mutate([['rpps: "10082003723"', 'rpps: "10000013994"'], ['rpps: "10033043307"', 'rpps: "10006122583"']]) },
    { name: 'placeholder is a-completer’s', text: mutate([['rpps: "10082003723"', 'rpps: À COMPLÉTER']]) },
  ],
  invalid: [
    {
      name: 'last digit changed',
      text: mutate([['rpps: "10082003723"', 'rpps: "10082003724"']]),
      path: '/adherents/6/rpps',
      line: '10082003724',
      severity: { lettre: 'error', projet: 'error' },
      message: ['10082003724', 'Dupouy Marc (adhérent n° 7)', 'clé de contrôle'],
    },
    {
      name: 'documentation example 10001234567 does not pass',
      text: mutate([['rpps: "10071968035"', 'rpps: 10001234567']]),
      path: '/adherents/0/rpps',
      line: '10001234567',
      severity: { lettre: 'error', projet: 'error' },
    },
  ],
});
