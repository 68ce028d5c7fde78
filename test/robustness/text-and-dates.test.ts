// The small pure pieces issue 13 rests on: dates, terminal escaping, blank text, file-name slugs.
import { describe, expect, it } from 'vitest';
import { readDate, toIsoDate } from '../../src/core/dates.js';
import { escapeControls, isBlank, quote } from '../../src/core/text.js';
import { date as dateVerdict, isoDate as wizardIsoDate } from '../../src/wizard/validators.js';
import { frenchDate as documentDate } from '../../src/facts/wording.js';
import { isoDate, isEmpty } from '../../src/rules/values.js';
import { documentFileName, DOCUMENTS } from '../../src/documents/registry.js';
import { slugify } from '../../src/documents/slug.js';

describe('readDate', () => {
  it.each([
    ['2026-11-15', { iso: '2026-11-15' }],
    [' 15/11/2026 ', { iso: '2026-11-15' }],
    ['1/3/2027', { iso: '2027-03-01' }],
    ['29/02/2028', { iso: '2028-02-29' }],
    ['2000-02-29', { iso: '2000-02-29' }],
    ['30/02/2027', { impossible: 'le 30 février 2027 n’existe pas (février 2027 n’a que 28 jours)' }],
    ['2027-02-30', { impossible: 'le 30 février 2027 n’existe pas (février 2027 n’a que 28 jours)' }],
    ['1900-02-29', { impossible: 'le 29 février 1900 n’existe pas (février 1900 n’a que 28 jours)' }],
    ['31/04/2027', { impossible: 'le 31 avril 2027 n’existe pas (avril 2027 n’a que 30 jours)' }],
    ['00/04/2027', { impossible: 'le 0 avril 2027 n’existe pas' }],
    ['2027-13-01', { impossible: 'le mois 13 n’existe pas (les mois vont de 1 à 12)' }],
    ['12/25/2027', { impossible: 'le mois 25 n’existe pas (les mois vont de 1 à 12, écrits après le jour : JJ/MM/AAAA)' }],
    ['À COMPLÉTER', undefined],
    ['le 3 mars', undefined],
    [20261115, undefined],
  ] as const)('%s', (value, expected) => {
    expect(readDate(value)).toEqual(expected);
  });

  it('a YAML Date is read as its UTC day', () => {
    expect(readDate(new Date(Date.UTC(2026, 10, 15)))).toEqual({ iso: '2026-11-15' });
    expect(readDate(new Date(Number.NaN))).toBeUndefined();
  });

  it('the rules’ entry point (isoDate), the documents and the wizard read the same way', () => {
    expect(isoDate('15/11/2026')).toBe('2026-11-15');
    expect(isoDate('2027-02-30')).toBeUndefined();
    expect(toIsoDate('31/12/2026')).toBe('2026-12-31');
    expect(documentDate('01/03/2027')).toBe('1er mars 2027');
    expect(documentDate('2026-11-15')).toBe('15 novembre 2026');
    expect(documentDate('30/02/2027')).toBe('30/02/2027');
    expect(wizardIsoDate('15.11.2026')).toBe('2026-11-15');
    expect(dateVerdict('30/02/2027')).toMatch(/le 30 février 2027 n’existe pas/);
    expect(dateVerdict('15/11/2026')).toBe(true);
  });
});

describe('escapeControls', () => {
  it('escapes C0, C1, DEL and bidi controls; keeps ordinary text, accents and emoji', () => {
    expect(escapeControls('a\u001b[31mb\u0007c\u009bd\u007fe\u202ef\u2066g')).toBe('a\\u001b[31mb\\u0007c\\u009bd\\u007fe\\u202ef\\u2066g');
    expect(escapeControls('Côte « Basque » 🩺\tx\ny')).toBe('Côte « Basque » 🩺\tx\ny');
    expect(escapeControls('x\ny\tz\r', true)).toBe('x\\u000ay\\u0009z\\u000d');
  });

  it('quote() escapes what it quotes', () => {
    expect(quote('a\u001b]0;t\u0007')).toBe('« a\\u001b]0;t\\u0007 »');
  });
});

describe('blank text', () => {
  it('zero-width and blank characters only are no answer', () => {
    for (const text of ['', ' ', '\u200b', '\u200b\u200c\u200d\u2060\ufeff\u00ad', '\u00a0\u3000']) {
      expect(isBlank(text)).toBe(true);
      expect(isEmpty(text)).toBe(true);
    }
    expect(isBlank('\u200bA')).toBe(false);
  });
});

describe('slugify', () => {
  it('keeps a long real name whole (cli.md: the slug is the whole ess.nom)', () => {
    const name = "ESS de psychiatrie de l'enfant et de l'adolescent du Limousin et de la Haute-Vienne";
    expect(slugify(name)).toBe('ess-de-psychiatrie-de-l-enfant-et-de-l-adolescent-du-limousin-et-de-la-haute-vienne');
  });

  it('shortens only a name no one would type, at a word boundary, so that file names stay under 255 bytes', () => {
    const slug = slugify(Array.from({ length: 60 }, () => 'Cardiologie').join(' '));
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug).toMatch(/^(cardiologie-)*cardiologie$/);
    for (const file of DOCUMENTS.map((d) => documentFileName(d, slug, '2027'))) expect(Buffer.byteLength(`${file}.pdf`)).toBeLessThanOrEqual(255);
  });

  it('cuts a single over-long word, and leaves short names alone', () => {
    expect(slugify('x'.repeat(500))).toBe('x'.repeat(200));
    expect(slugify('ESS Cœur – Béarn')).toBe('ess-coeur-bearn');
  });
});

describe('the JSON Schema, as editors use it, reads French dates too', () => {
  it('accepts a real JJ/MM/AAAA day and refuses an impossible one', async () => {
    const { default: validate } = await import('../../src/generated/validate-dossier.js');
    const ok = (date: string) => validate({ version: 1, ess: { date } });
    for (const date of ['15/11/2026', '1/3/2027', '29/02/2028', '29/02/2000', '2026-11-15', 'À COMPLÉTER']) expect(ok(date), date).toBe(true);
    for (const date of ['31/02/2027', '29/02/2027', '29/02/1900', '31/04/2027', '15/13/2026', '2027-02-30', '15 novembre 2026']) expect(ok(date), date).toBe(false);
  });
});
