import { describe, expect, it } from 'vitest';
import { formatNumber, plural, quote } from '../../src/core/text.js';

describe('formatNumber (French)', () => {
  it.each([
    [0, 0, '0'],
    [7, 0, '7'],
    [1234, 0, '1 234'],
    [1234567, 0, '1 234 567'],
    [9.166, 1, '9,2'],
    [10, 1, '10'],
    [12.5, 2, '12,5'],
    [-3, 0, '-3'],
    [55555.56, 0, '55 556'],
  ])('%d with %d decimals → %s', (n, d, out) => expect(formatNumber(n, d)).toBe(out));
});

describe('plural and quote', () => {
  it('agrees in number', () => {
    expect(plural(1, 'erreur')).toBe('1 erreur');
    expect(plural(0, 'erreur')).toBe('0 erreur');
    expect(plural(2, 'avertissement')).toBe('2 avertissements');
  });
  it('quotes and shortens user values', () => {
    expect(quote('a  b\n c')).toBe('« a b c »');
    expect(quote('x'.repeat(100))).toMatch(/^« x{57}… »$/);
    expect(quote(12)).toBe('12');
    expect(quote([1])).toBe('une liste');
  });
});
