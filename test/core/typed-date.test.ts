import { describe, expect, it } from 'vitest';
import { readTypedDate } from '../../src/core/dates.js';
import { date as dateVerdict, isoDate } from '../../src/wizard/validators.js';

describe('readTypedDate: a date as typed at a prompt', () => {
  it.each([
    ['15/11/2026', { iso: '2026-11-15' }],
    [' 5/9/2026 ', { iso: '2026-09-05' }],
    ['15.11.2026', { iso: '2026-11-15' }],
    ['15-11-2026', { iso: '2026-11-15' }],
    ['2026-11-15', { iso: '2026-11-15' }],
    ['29/02/2028', { iso: '2028-02-29' }],
    ['31/02/2027', { impossible: 'le 31 février 2027 n’existe pas (février 2027 n’a que 28 jours)' }],
    ['29.02.2027', { impossible: 'le 29 février 2027 n’existe pas (février 2027 n’a que 28 jours)' }],
    ['12/13/2026', { impossible: 'le mois 13 n’existe pas (les mois vont de 1 à 12, écrits après le jour : JJ/MM/AAAA)' }],
    ['15/11/26', undefined],
    ['novembre 2026', undefined],
    ['', undefined],
  ] as const)('%j', (text, expected) => {
    expect(readTypedDate(text)).toEqual(expected);
  });

  it('the wizard’s check and conversion use it', () => {
    expect(dateVerdict('31/02/2027')).toBe('Date impossible : le 31 février 2027 n’existe pas (février 2027 n’a que 28 jours). Vérifiez le jour et le mois (JJ/MM/AAAA).');
    expect(dateVerdict('15/11/26')).toMatch(/^L’année s’écrit avec ses 4 chiffres/);
    expect(dateVerdict('demain')).toMatch(/^Date attendue au format JJ\/MM\/AAAA/);
    expect(dateVerdict('')).toBe(true);
    expect(isoDate('01.03.2027')).toBe('2027-03-01');
    expect(isoDate('31/02/2027')).toBeUndefined();
  });
});
