import { describe, expect, it } from 'vitest';
import * as v from '../../src/wizard/validators.js';
import { BAD_RPPS, RPPS } from './helpers.js';

describe('validators of the wizard', () => {
  it('take their patterns from the schema', () => {
    expect(v.schemaPattern('rpps').source).toBe('^[0-9]{11}$');
    expect(v.schemaPattern('telephone').test('05 59 00 11 22')).toBe(true);
  });

  it('refuse médecine générale with the referential’s reason', () => {
    expect(v.specialite('cardiologie')).toBe(true);
    expect(v.specialite('medecine-generale')).toMatch(/hors médecine générale.*L\.1411-11-1/);
  });

  it.each([
    ['siret', '88432176500015', true],
    ['siret', '884 321 765 00015', true],
    ['siret', '88432176500016', /clé de contrôle/],
    ['siret', '8843217650001', /14 chiffres \(ici 13\)/],
    ['siret', '', true],
    ['courriel', 'a.b@example.fr', true],
    ['courriel', 'a.b@', /Adresse électronique/],
    ['telephone', '+33 5 59 00 11 22', true],
    ['telephone', '05.59.00.11.22', true],
    ['telephone', '12345', /téléphone/],
    ['codePostal', '64100', true],
    ['codePostal', '6410', /5 chiffres/],
    ['medecins', '182', true],
    ['medecins', '', true],
    ['medecins', '18,5', /nombre entier/],
    ['date', '15/11/2026', true],
    ['date', '2026-11-15', true],
    ['date', '31/02/2026', /JJ\/MM\/AAAA/],
    ['required', '  ', /réponse est attendue/],
  ] as const)('%s(%j)', (name, value, expected) => {
    const verdict = (v[name] as (s: string) => true | string)(value);
    if (expected === true) expect(verdict).toBe(true);
    else expect(verdict).toMatch(expected);
  });

  it('convert French dates to ISO', () => {
    expect(v.isoDate('5/9/2026')).toBe('2026-09-05');
    expect(v.isoDate('2026-09-05')).toBe('2026-09-05');
    expect(v.isoDate('2026-13-05')).toBeUndefined();
  });

  it('check an RPPS’s key and refuse a duplicate', () => {
    expect(v.rpps(RPPS[0])).toBe(true);
    expect(v.rpps(BAD_RPPS)).toMatch(/clé de contrôle/);
    expect(v.rpps(RPPS[0], new Set([RPPS[0]]))).toMatch(/déjà/);
    expect(v.rpps('123')).toMatch(/11 chiffres \(ici 3\)/);
  });
});
