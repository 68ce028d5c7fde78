import { describe, expect, it } from 'vitest';
import { closest } from '../../src/core/suggest.js';

const specialties = ['cardiologie', 'dermatologie', 'pediatrie', 'pedopsychiatrie', 'psychiatrie', 'pneumologie'];

describe('closest', () => {
  it.each([
    ['cardiolgie', 'cardiologie'],
    ['Cardiologie', 'cardiologie'],
    ['pédiatrie', 'pediatrie'],
    ['cardio', 'cardiologie'],
    ['pedopsy', 'pedopsychiatrie'],
    ['specialitee', undefined],
  ])('%s → %s', (word, expected) => {
    const candidates = word === 'specialitee' ? ['nom', 'date'] : specialties;
    expect(closest(word, candidates)).toBe(expected);
  });

  it('does not guess between several candidates that share the beginning', () => {
    expect(closest('ped', specialties)).toBeUndefined();
  });
});
