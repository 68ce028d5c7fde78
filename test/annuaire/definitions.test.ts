import { describe, expect, it } from 'vitest';
import { countsFor, departementOf, foldName, personId, sameName, type ActivityRow } from '../../src/annuaire/definitions.js';
import { differsMoreThanTenPercent } from '../../src/rules/annuaire-effectif.js';

describe('departementOf', () => {
  it.each([
    ['64102', '', '', '64'],
    ['64102', '40', '40100', '64'],
    ['97411', '', '', '974'],
    ['98818', '', '', '988'],
    ['2A004', '', '', '2A'],
    ['2B033', '', '', '2B'],
    ['', '40', '64100', '40'],
    ['', '', '64100', '64'],
    ['', '', '97400', '974'],
    ['', '', '', ''],
  ])('commune %j, département %j, code postal %j → %j', (commune, dept, cp, expected) => {
    expect(departementOf(commune, dept, cp)).toBe(expected);
  });
});

describe('personId', () => {
  it('reduces the identification nationale (8 + RPPS) to the RPPS', () => {
    expect(personId('810071968035')).toBe('10071968035');
    expect(personId('10071968035')).toBe('10071968035');
    expect(personId('0012600631')).toBe('0012600631');
  });
});

describe('names', () => {
  it('ignore case, accents, hyphens, apostrophes and extra spaces', () => {
    expect(sameName('Saint-Martin', 'SAINT MARTIN')).toBe(true);
    expect(sameName('Hélène', 'HELENE')).toBe(true);
    expect(sameName('Oyharçabal', 'OYHARCABAL')).toBe(true);
    expect(sameName("D'Artagnan", 'D ARTAGNAN')).toBe(true);
    expect(sameName('d’Artagnan ', 'DARTAGNAN')).toBe(true);
    expect(sameName('Jean-Pierre', 'JEAN  PIERRE')).toBe(true);
    expect(foldName(' Éloïse ')).toBe('eloise');
  });
  it('still tell different names apart', () => {
    expect(sameName('Martin', 'Martinez')).toBe(false);
    expect(sameName('Léa', 'Léo')).toBe(false);
  });
});

describe('countsFor: médecin libéral of the specialty on the territory', () => {
  const row: ActivityRow = { id: '10071968035', nom: 'A', prenom: 'B', profession: '10', typeSavoirFaire: 'S', savoirFaire: 'SM04', mode: 'L', departement: '64' };
  const codes = new Set(['SM04', 'SM73']);
  const territory = new Set(['40', '64']);
  it('counts a row meeting the four conditions', () => expect(countsFor(row, codes, territory)).toBe(true));
  it.each([
    ['profession', { profession: '60' }],
    ['savoir-faire', { savoirFaire: 'SM15' }],
    ['mode salarié', { mode: 'S' }],
    ['mode bénévole', { mode: 'B' }],
    ['département', { departement: '33' }],
    ['no département', { departement: '' }],
  ])('not a row with another %s', (_label, change) => expect(countsFor({ ...row, ...change }, codes, territory)).toBe(false));
});

describe('differsMoreThanTenPercent: the threshold on both numbers', () => {
  it.each([
    [182, 182, false],
    [182, 200, false], // 18 ≤ 18.2 and ≤ 20
    [182, 201, true], // 19 > 18.2
    [200, 182, false],
    [201, 182, true],
    [100, 110, false], // 10 ≤ 10 and ≤ 11
    [100, 111, true], // 11 > 10 (10 % of 100), though ≤ 11.1
    [111, 100, true],
    [0, 0, false],
    [0, 1, true],
  ])('%i vs %i → %s', (a, b, expected) => expect(differsMoreThanTenPercent(a, b)).toBe(expected));
});
