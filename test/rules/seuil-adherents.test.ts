import { ruleTable, mutate, SAMPLE } from './table.js';
import { adherents, dossierYaml, rpps } from './minimal.js';

const territoire = (medecins: number) => ({ departements: ['64'], medecins_specialite: medecins });

/** The sample with only its first `n` adhérents. */
const firstAdherents = (n: number, medecins: number) => {
  const [head, rows] = SAMPLE.split('\nadherents:\n') as [string, string];
  const kept = rows.split('\n').filter((l) => l.startsWith('  - ')).slice(0, n);
  return `${head.replace('medecins_specialite: 182', `medecins_specialite: ${medecins}`)}\nadherents:\n${kept.join('\n')}\n`;
};

ruleTable('seuil-adherents', {
  valid: [
    { name: 'minimal dossier: 19 cardiologues for 182, specialty absent or given', text: dossierYaml({ territoire: territoire(182), adherents: [...adherents(10), ...adherents(9, 'cardiologie', 11)] }) },
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
      message: ['24 adhérents pour 241 médecins de la spécialité (9,96 %) : il en faut au moins 25 pour atteindre 10 %', '1 adhésion'],
    },
    {
      name: 'the example of the issue: 11 for 120',
      text: firstAdherents(11, 120),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['11 adhérents pour 120 médecins de la spécialité (9,2 %) : il en faut au moins 12 pour atteindre 10 %'],
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
    {
      name: 'the worst case of the issue: 17 cardiologues + 2 pneumologues for 182 médecins (19 rows, 17 counted)',
      text: dossierYaml({ territoire: territoire(182), adherents: [...adherents(17), ...adherents(2, 'pneumologie', 18)] }),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['17 adhérents pour 182 médecins de la spécialité (9,3 %)', '2 lignes non comptées : 2 d’une autre spécialité', 'il en faut au moins 19'],
    },
    {
      name: 'a duplicate RPPS counts once: 19 rows, 18 distinct, for 182',
      text: dossierYaml({ territoire: territoire(182), adherents: [...adherents(18), { nom: 'Double', prenom: 'Anne', rpps: rpps(1) }] }),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['18 adhérents pour 182 médecins', '1 ligne non comptée : 1 doublon de RPPS'],
    },
    {
      name: 'médecine générale never counts: 19 rows, 18 counted',
      text: dossierYaml({ territoire: territoire(182), adherents: [...adherents(18), ...adherents(1, 'medecine-generale', 19)] }),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['18 adhérents pour 182 médecins', '1 ligne non comptée : 1 de médecine générale'],
    },
  ],
});
