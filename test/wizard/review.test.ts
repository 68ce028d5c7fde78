import { describe, expect, it } from 'vitest';
import { computeThresholds } from '../../src/facts/index.js';
import { section } from '../../src/wizard/sections/index.js';
import { reviewText } from '../../src/wizard/wizard.js';
import { RPPS } from './helpers.js';

describe('review screen', () => {
  it.each([
    [182, 19],
    [180, 18],
    [10, 1],
    [9, 1],
    [0, 0],
  ])('threshold of adhérents for %i médecins: %i (10 %, rounded up)', (medecins, seuil) => expect(computeThresholds(0, medecins)[0]!.required).toBe(seuil));

  it('summarises the territory with the threshold against the adhérents typed', () => {
    const answers = { territoire: { departements: ['64' as const], medecins_specialite: 25 }, adherents: [{ nom: 'A', prenom: 'B', rpps: RPPS[0] }] };
    expect(section('territoire').review(answers)).toEqual([
      'Départements : Pyrénées-Atlantiques (64)',
      'Médecins de la spécialité sur le territoire : 25',
      'Seuil d’adhérents au départ (10 % de 25, arrondi au-dessus) : 3 — 1 adhérent de la spécialité : il en manque 2.',
    ]);
  });

  it('counts the adhérents as check does: a duplicate RPPS and another specialty are not counted', () => {
    const answers = {
      ess: { specialite: 'cardiologie' as const },
      territoire: { departements: ['64' as const], medecins_specialite: 20 },
      adherents: [{ nom: 'A', prenom: 'B', rpps: RPPS[0] }, { nom: 'C', prenom: 'D', rpps: RPPS[0] }, { nom: 'E', prenom: 'F', rpps: RPPS[1], specialite: 'pneumologie' as const }],
    };
    expect(section('territoire').review(answers)[2]).toBe(
      'Seuil d’adhérents au départ (10 % de 20, arrondi au-dessus) : 2 — 1 adhérent de la spécialité (2 lignes non comptées : 1 doublon de RPPS, 1 d’une autre spécialité (comptée à part)) : il en manque 1.',
    );
  });

  it('shows « À COMPLÉTER » for what is not answered, and counts the long texts left', () => {
    const text = reviewText({ diagnostic: { etat_sante: 'Réponse.' } }).replace(/\x1b\[[0-9;]*m/g, '');
    expect(text).toContain('Nom : À COMPLÉTER');
    expect(text).toContain('Statut : À COMPLÉTER');
    expect(text).toContain('SIRET : À COMPLÉTER');
    expect(text).toContain('Dépôt en préfecture : À COMPLÉTER');
    expect(text).toContain('3 réponse(s) sur 4 à rédiger plus tard');
    expect(text).toContain('Aucun adhérent saisi (À COMPLÉTER)');
    expect(text).toContain('Projet de santé signé à : À COMPLÉTER');
  });
});

describe('sections built from the trame definition', () => {
  it('a free-text section asks the questions the definition gives it, and counts them at the review', async () => {
    const { section } = await import('../../src/wizard/sections/index.js');
    const gouvernance = section('gouvernance');
    expect(gouvernance.titre).toBe('4. Partenariats et gouvernance de l’ESS — Gouvernance de l’ESS');
    expect(gouvernance.review({})).toEqual(['3 réponse(s) sur 3 à rédiger plus tard (« À COMPLÉTER »).']);
    expect(gouvernance.review({ gouvernance: { actualisation: 'Chaque année en AG.' } })).toEqual(['2 réponse(s) sur 3 à rédiger plus tard (« À COMPLÉTER »).']);
  });

  it('the sections come in the trame’s order, named by the definition', async () => {
    const { SECTIONS } = await import('../../src/wizard/sections/index.js');
    expect(SECTIONS.map((s) => s.id)).toEqual(['identification', 'territoire', 'statut', 'referent', 'diagnostic', 'partenaires', 'gouvernance', 'missions', 'outils', 'indicateurs', 'deploiement', 'signature', 'adherents']);
  });
});
