import { ruleTable, mutate, SAMPLE } from './table.js';

/** The sample with only its first `n` adhérents. */
const firstAdherents = (n: number, medecins: number) => {
  const [head, rows] = SAMPLE.split('\nadherents:\n') as [string, string];
  const kept = rows.split('\n').filter((l) => l.startsWith('  - ')).slice(0, n);
  return `${head.replace('medecins_specialite: 182', `medecins_specialite: ${medecins}`)}\nadherents:\n${kept.join('\n')}\n`;
};

ruleTable('seuil-adherents', {
  valid: [
    { name: 'sample: 24 for 182 (19 needed)', text: SAMPLE },
    { name: 'exactly 10 %: 24 for 240', text: mutate([['medecins_specialite: 182', 'medecins_specialite: 240']]) },
    { name: 'rounded up: 24 for 231 (23.1 → 24)', text: mutate([['medecins_specialite: 182', 'medecins_specialite: 231']]) },
  ],
  invalid: [
    {
      name: '24 for 241 needs 25',
      text: mutate([['medecins_specialite: 182', 'medecins_specialite: 241']]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['24 adhérents pour 241 médecins (9,95 %) : il en faut au moins 25 pour atteindre 10 %', '1 adhésion'],
    },
    {
      name: 'the example of the issue: 11 for 120',
      text: firstAdherents(11, 120),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['11 adhérents pour 120 médecins (9,2 %) : il en faut au moins 12 pour atteindre 10 %'],
    },
    {
      name: '24 for 260 (9,2 %)',
      text: mutate([['medecins_specialite: 182', 'medecins_specialite: 260']]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['(9,2 %) : il en faut au moins 26'],
    },
    {
      name: 'with a dérogation: warning at both stages, quoting the motif',
      text: mutate([['medecins_specialite: 182\n', 'medecins_specialite: 260\n  derogation:\n    motif: Installation récente de nombreux jeunes cardiologues\n']]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['Installation récente'],
    },
  ],
});
