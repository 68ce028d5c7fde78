// The template helpers that read the dossier (src/documents/answer-helpers.ts): what the
// templates print in place of the values the views used to copy.
import { describe, expect, it } from 'vitest';
import { ANSWER_HELPERS as h } from '../../src/documents/answer-helpers.js';

const dossier = {
  ess: { date: '2026-03-01', nom: '  ESS Cardio  ' },
  indicateurs: { complementaires: ['Délai moyen', 'Part des avis < 48 h', ' '] },
  activite: {
    '2027': {
      missions: { avis_specialise: { etat: 'en_cours', date: 'bientôt' }, structuration_second_recours: { etat: 'autre chose' } },
      complementaires: [
        { indicateur: 'délai MOYEN', valeur: 1250 },
        { indicateur: 'Nouveau', valeur: 'oui' },
        { indicateur: '', valeur: 3 },
      ],
    },
  },
};
const data = { dossier, annee: '2027' };

describe('template helpers reading the dossier', () => {
  it('answer: the text at a path, its year bound; answers: a list without empty texts', () => {
    expect(h.answer(data, 'ess.nom')).toBe('ESS Cardio');
    expect(h.answer(data, 'activite.{annee}.missions.avis_specialise.etat')).toBe('en_cours');
    expect(h.answer(data, 'ess.absente')).toBe('');
    expect(h.answers(data, 'indicateurs.complementaires')).toEqual(['Délai moyen', 'Part des avis < 48 h']);
  });

  it('date: a date in French, text that is no date as written', () => {
    expect(h.date(data, 'ess.date')).toBe('1er mars 2026');
    expect(h.date(data, 'activite.{annee}.missions.avis_specialise.date')).toBe('bientôt');
    expect(h.date({ dossier: { ess: { date: new Date('2026-07-14T00:00:00Z') } } }, 'ess.date')).toBe('14 juillet 2026');
    expect(h.date(data, 'signature.date')).toBe('');
  });

  it('choice: the schema’s words for a choice, else the answer as written', () => {
    expect(h.choice(data, 'activite.{annee}.missions.avis_specialise.etat')).toBe('En cours de déploiement');
    expect(h.choice(data, 'activite.{annee}.missions.structuration_second_recours.etat')).toBe('autre chose');
    expect(h.choice(data, 'activite.{annee}.missions.consultations_avancees.etat')).toBe('');
  });

  it('matched: one row per promised label (accents and case aside), then the entries no label names', () => {
    expect(h.matched(data, 'indicateurs.complementaires', 'activite.{annee}.complementaires', 'indicateur', 'valeur')).toEqual([
      { label: 'Délai moyen', value: '1 250' },
      { label: 'Part des avis < 48 h', value: '' },
      { label: 'Nouveau', value: 'oui' },
    ]);
    expect(h.matched({ dossier: {}, annee: '2027' }, 'indicateurs.qualitatifs', 'activite.{annee}.qualitatifs', 'indicateur', 'resultat')).toEqual([]);
  });
});
