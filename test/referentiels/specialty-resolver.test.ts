import { describe, expect, it } from 'vitest';
import { resolveSpecialite, searchSpecialites, specialtyKey, suggestSpecialites } from '../../src/referentiels/specialites.js';

const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);

describe('specialtyKey: one comparable form for what people type', () => {
  it.each([
    ['Cardiologie', 'cardiologie'],
    ['cardiologue', 'cardiologie'], // « -logue » is the discipline
    ['CARDIOLOGUES', 'cardiologie'], // case, plural
    ['ophtalmologiste', 'ophtalmologie'], // « -logiste » too
    ['Pédiatres', 'pediatrie'], // accents, plural, « -iatre »
    ['Neuro-chirurgiens', 'neurochirurgie'], // hyphen, « chirurgien »
    ['Psychiatrie de l’enfant et de l’adolescent', 'psychiatrieenfantadolescent'], // small words, apostrophes
    ['  Maladies   infectieuses ', 'maladieinfectieuse'],
  ])('%s → %s', (text, key) => {
    expect(specialtyKey(text)).toBe(key);
  });
});

describe('resolveSpecialite: the specialty a text names', () => {
  it.each([
    ['cardiologie', 'cardiologie'],
    ['Cardiologie et maladies vasculaires', 'cardiologie'],
    ['Cardiologue', 'cardiologie'],
    ['cardio', 'cardiologie'],
    ['Endocrinologue', 'endocrinologie'],
    ['diabétologue', 'endocrinologie'],
    ['SM62', 'endocrinologie'],
    ['sm71', 'hematologie'],
    ['hématologues', 'hematologie'],
    ['dermato', 'dermatologie'],
    ['ORL', 'orl'],
    ['oto-rhino-laryngologiste', 'orl'],
    ['gastro', 'gastro-enterologie'],
    ['pédiatre', 'pediatrie'],
    ['pédopsychiatre', 'pedopsychiatrie'],
    ['psychiatre', 'psychiatrie'],
    ['angiologue', 'medecine-vasculaire'],
    ['infectiologue', 'maladies-infectieuses'],
    ['radiologue', 'radiologie'],
    ['chirurgien vasculaire', 'chirurgie-vasculaire'],
    ['urologue', 'urologie'],
    ['médecin généraliste', 'medecine-generale'],
  ])('« %s » → %s', (text, id) => {
    expect(resolveSpecialite(text)?.id).toBe(id);
  });

  it('names nothing for a name shared by several, a word of no specialty, or nothing', () => {
    for (const text of ['gynécologue', 'chirurgie', 'astrologie', '', '  ', '---']) expect(resolveSpecialite(text), text).toBeUndefined();
  });
});

describe('suggestSpecialites: what a text probably means', () => {
  it('the named specialty first', () => {
    expect(ids(suggestSpecialites('Cardiologue'))).toEqual(['cardiologie']);
  });

  it('a beginning shared by few: each of them', () => {
    expect(ids(suggestSpecialites('gynécologue'))).toEqual(['gynecologie-medicale', 'gynecologie-obstetrique']);
    expect(ids(suggestSpecialites('rhumatol'))).toEqual(['rhumatologie']);
  });

  it('a misspelling: the closest', () => {
    expect(ids(suggestSpecialites('cardiolgie'))).toEqual(['cardiologie']);
    expect(ids(suggestSpecialites('Néphrolgue'))).toEqual(['nephrologie']);
    expect(ids(suggestSpecialites('pneumologiee'))).toEqual(['pneumologie']);
  });

  it('no guess when nothing is close, or too many are', () => {
    expect(suggestSpecialites('astrologie')).toEqual([]);
    expect(suggestSpecialites('chirurgie')).toEqual([]); // a dozen chirurgies: a guess would mislead
    expect(suggestSpecialites('')).toEqual([]);
  });

  it('a pasted page is no name: no guess, at once', () => {
    const start = performance.now();
    expect(suggestSpecialites('cardiologie '.repeat(200_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('searchSpecialites: the searchable list of the wizard', () => {
  it('nothing typed: every specialty, alphabetical, médecine générale last', () => {
    const all = searchSpecialites('');
    expect(all.length).toBeGreaterThan(40);
    expect(all[0]!.id).toBe('allergologie');
    expect(all.at(-1)!.id).toBe('medecine-generale');
  });

  it('the specialty named first, then names that begin with the term, then names that contain it', () => {
    expect(ids(searchSpecialites('cardio'))).toEqual(['cardiologie', 'chirurgie-thoracique-cardiovasculaire']);
    expect(ids(searchSpecialites('psy'))).toEqual(['psychiatrie', 'pedopsychiatrie', 'neuropsychiatrie']);
    expect(ids(searchSpecialites('Endocrinologue'))).toEqual(['endocrinologie']);
    expect(ids(searchSpecialites('chir')).length).toBeGreaterThan(10);
    expect(ids(searchSpecialites('cardiolgie'))).toEqual(['cardiologie']); // misspelt: the closest
    expect(searchSpecialites('zzz')).toEqual([]);
  });
});
