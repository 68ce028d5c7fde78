// a-completer at the stage rapport (eligibility-rules.md): the year's national indicators,
// medecins_actifs and the state of each mission of the plan de déploiement; a year without its
// section is one error at /activite.
import { describe, expect, it } from 'vitest';
import { ruleTable, mutate, SAMPLE, lint } from './table.js';
import { dossierYaml } from './minimal.js';

const RAPPORT_ONLY = { lettre: null, projet: null, rapport: 'error' } as const;
const NO_OPTIONAL_MISSION = mutate([
  [/  consultations_avancees:\n    lieux:\n[\s\S]*?(?=  fonctionnement:)/, ''],
  [/    consultations_avancees:\n      travaux:.*\n      date: .*\n/, ''],
  [/      consultations_avancees:\n        etat: en_cours\n        realisations: \|\n(          .*\n)+/, ''],
]);

ruleTable('a-completer', {
  valid: [
    { name: 'the sample’s year is complete', text: SAMPLE, stages: ['rapport'] },
    { name: 'no optional mission in the projet: its row is not asked', text: NO_OPTIONAL_MISSION, stages: ['projet', 'rapport'] },
    { name: 'the regional indicators are optional', text: mutate([[/    regionaux:\n(      .*\n)+/, '']]), stages: ['rapport'] },
    { name: 'a placeholder in the report is not the projet’s business', text: mutate([['delai_reponse_teleexpertise: 48 heures', 'delai_reponse_teleexpertise: À COMPLÉTER']]), stages: ['lettre', 'projet'] },
    { name: 'a placeholder in another year’s report', text: mutate([['activite:\n', 'activite:\n  "2026":\n    faits_marquants: À COMPLÉTER\n']]), stages: ['rapport'] },
  ],
  invalid: [
    {
      name: 'a year without its section',
      text: SAMPLE,
      annee: '2028',
      path: '/activite',
      line: /^activite:/,
      severity: RAPPORT_ONLY,
      message: ['pas de rapport d’activité pour 2028', 'activite: "2028":', 'medecins_actifs'],
    },
    {
      name: 'a national indicator missing',
      text: mutate([['      teleexpertises: 387\n', '']]),
      path: '/activite/2027/indicateurs/teleexpertises',
      line: /^    indicateurs:/,
      severity: RAPPORT_ONLY,
      message: ['« Nombre de recours à la télé-expertise »', 'requise pour le rapport d’activité 2027'],
    },
    {
      name: 'medecins_actifs still to complete',
      text: mutate([['medecins_actifs: 22', 'medecins_actifs: À COMPLÉTER']]),
      path: '/activite/2027/medecins_actifs',
      line: 'medecins_actifs: À COMPLÉTER',
      severity: RAPPORT_ONLY,
      message: ['contient encore « à compléter »', 'avant de déposer le rapport d’activité 2027'],
    },
    {
      name: 'the state of a mission missing',
      text: mutate([['        etat: deployee\n        date: 2027-06-01\n', '        date: 2027-06-01\n']]),
      path: '/activite/2027/missions/avis_specialise/etat',
      line: /^      avis_specialise:/,
      severity: RAPPORT_ONLY,
      message: ['« État de la mission »'],
    },
    {
      name: 'the optional mission the projet plans is not reported',
      text: mutate([[/      consultations_avancees:\n        etat: en_cours\n        realisations: \|\n(          .*\n)+/, '']]),
      path: '/activite/2027/missions/consultations_avancees',
      line: /^    missions:/,
      severity: RAPPORT_ONLY,
      message: ['« Consultations avancées »', 'etat'],
    },
  ],
});

describe('a-completer at the stage rapport', () => {
  it('a minimal dossier with no activite at all: one error at /activite, and the year’s answers counted as missing', () => {
    const result = lint(dossierYaml({ ess: { nom: 'ESS test', specialite: 'cardiologie', date: '2026-11-15' } }), 'rapport');
    const found = result.results.filter((f) => f.rule === 'a-completer');
    expect(found.map((f) => [f.path, f.severity])).toEqual([['/activite', 'error']]);
    expect(result.progress).toMatchObject({ stage: 'rapport', answered: 2, total: 18 });
  });

  it('the year’s texts are warnings: a report may be filed without them', () => {
    const result = lint(mutate([[/    perspectives: \|\n(      .*\n)+/, '']]), 'rapport');
    const found = result.results.filter((f) => f.rule === 'a-completer');
    expect(found.map((f) => [f.path, f.severity])).toEqual([['/activite/2027/perspectives', 'warning']]);
    expect(result.progress).toMatchObject({ answered: 19, total: 20 });
  });
});
