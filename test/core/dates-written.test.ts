// Dates as people write them in the file (dossier-format.md, « Conventions »): JJ/MM/AAAA is a
// date at every stage, quoted or not; an impossible day is said in words however it is written.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/core/dates.js';
import { COMPLETE_SAMPLE, ess, mutateSample } from '../helpers/cli.js';

describe('readDate: YAML 1.1 timestamps', () => {
  it('an impossible day with a time is impossible; a real one is not a date (a time has no place here)', () => {
    expect(readDate('2027-02-29 10:00:00')).toEqual({ impossible: 'le 29 février 2027 n’existe pas (février 2027 n’a que 28 jours)' });
    expect(readDate('2027-2-30T10:00:00Z')).toEqual({ impossible: 'le 30 février 2027 n’existe pas (février 2027 n’a que 28 jours)' });
    expect(readDate('2027-13-01 08:00')).toEqual({ impossible: 'le mois 13 n’existe pas (les mois vont de 1 à 12)' });
    expect(readDate('2027-02-28 10:00:00')).toBeUndefined();
    expect(readDate('2027-2-3')).toBeUndefined();
  });
});

const results = (file: string, etape: string) => {
  const r = ess(['check', file, '--etape', etape, '--format', 'json']);
  expect(r.status, r.stderr).not.toBe(2);
  return JSON.parse(r.stdout).results as Array<{ rule: string; severity: string; message: string; path: string }>;
};

describe('dates in the file', () => {
  it.each(['lettre', 'projet'])('JJ/MM/AAAA, plain or quoted, is a date at the %s stage', (etape) => {
    for (const written of ['15/06/2026', '"15/06/2026"', "'15/6/2026'"]) {
      const file = mutateSample([['date_depot: 2026-06-15', `date_depot: ${written}`]], COMPLETE_SAMPLE);
      expect(results(file, etape).filter((f) => f.severity === 'error'), written).toEqual([]);
    }
  });

  it.each([
    ['French, plain', '31/02/2027', 'le 31 février 2027 n’existe pas'],
    ['French, quoted', '"31/02/2027"', 'le 31 février 2027 n’existe pas'],
    ['ISO, plain', '2027-02-30', 'le 30 février 2027 n’existe pas'],
    ['ISO, quoted', "'2027-04-31'", 'le 31 avril 2027 n’existe pas'],
    ['!!timestamp', '!!timestamp 2027-02-29', 'le 29 février 2027 n’existe pas'],
    ['a timestamp with a time', '2027-02-29 10:00:00', 'le 29 février 2027 n’existe pas'],
  ])('an impossible day, %s: said in words, at its place', (_how, written, said) => {
    const file = mutateSample([['date_depot: 2026-06-15', `date_depot: ${written}`]], COMPLETE_SAMPLE);
    for (const etape of ['lettre', 'projet']) {
      const errors = results(file, etape).filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.path)).toContain('/lettre_intention/date_depot');
      expect(errors.find((f) => f.path === '/lettre_intention/date_depot')!.message).toContain(said);
    }
  });

  it('YAML 1.1 (%YAML 1.1): a plain impossible day is not rolled over', () => {
    const file = mutateSample([[/^/, '%YAML 1.1\n---\n'], ['date_depot: 2026-06-15', 'date_depot: 2027-02-31']], COMPLETE_SAMPLE);
    const f = results(file, 'projet').find((r) => r.path === '/lettre_intention/date_depot');
    expect(f?.message).toContain('le 31 février 2027 n’existe pas');
    expect(f?.message).not.toMatch(/mars/);
  });
});
