import { describe, expect, it } from 'vitest';
import { luhnValid, rppsValid, siretValid } from '../../src/core/checksums.js';

describe('RPPS key (Luhn over the 11 digits)', () => {
  it.each(['10000013994', '10001045367', '10006122583'])('accepts the real number %s', (rpps) => expect(rppsValid(rpps)).toBe(true));
  it.each([
    ['10001234567', 'documentation example with a wrong key'],
    ['10000013995', 'last digit changed'],
    ['1000001399', '10 digits'],
    ['1000001399A', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (rpps) => expect(rppsValid(rpps)).toBe(false));
});

describe('SIRET key', () => {
  it.each(['73282932000074', '88432176500015', '35600000000047'])('accepts %s', (siret) => expect(siretValid(siret)).toBe(true));
  it.each(['73282932000075', '8843217650001', '35600000000048'])('refuses %s', (siret) => expect(siretValid(siret)).toBe(false));
  it('honours the La Poste exception (digit sum multiple of 5, not Luhn)', () => {
    const siret = '35600000000056';
    expect(luhnValid(siret)).toBe(false);
    expect([...siret].reduce((s, c) => s + Number(c), 0) % 5).toBe(0);
    expect(siretValid(siret)).toBe(true);
  });
});
