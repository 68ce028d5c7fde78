import { expect, it } from 'vitest';
import { ruleTable, mutate, SAMPLE, lineIn, findings } from './table.js';

const twice = mutate([['rpps: "10010763422"', 'rpps: "10071968035"']]);
const thrice = mutate([['rpps: "10010763422"', 'rpps: "10071968035"'], ['rpps: "10026138627"', 'rpps: "10071968035"']]);

ruleTable('rpps-doublon', {
  valid: [{ name: 'sample', text: SAMPLE }],
  invalid: [
    {
      name: 'same RPPS twice: reported at the second, naming the line of the first',
      text: twice,
      path: '/adherents/4/rpps',
      line: lineIn(twice, '10071968035', 2),
      severity: { lettre: 'error', projet: 'error' },
      message: [`figure déjà ligne ${lineIn(twice, '10071968035')}`, 'Lafitte Sébastien (adhérent n° 5)', 'pour Etcheverry Maite (adhérent n° 1)'],
    },
    {
      name: 'three times: each later occurrence',
      text: thrice,
      path: '/adherents/23/rpps',
      line: lineIn(thrice, '10071968035', 3),
      severity: { lettre: 'error', projet: 'error' },
      count: 2,
    },
  ],
});

it('rpps-doublon stays linear: 5,000 adhérents with one duplicate in well under a second', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `  - { nom: N${i}, prenom: P, rpps: "${String(i).padStart(11, '0')}" }`);
  rows.push('  - { nom: Dup, prenom: P, rpps: "00000000007" }');
  const text = SAMPLE.replace(/adherents:\n[\s\S]*$/, `adherents:\n${rows.join('\n')}\n`);
  const started = performance.now();
  const found = findings(text, 'rpps-doublon');
  expect(performance.now() - started).toBeLessThan(2000);
  expect(found.map((f) => f.path)).toEqual(['/adherents/5000/rpps']);
});
