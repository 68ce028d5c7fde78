import { describe, expect, it } from 'vitest';
import { lint, ruleTable, mutate, SAMPLE } from './table.js';
import { adherents, dossierYaml } from './minimal.js';

ruleTable('financement', {
  valid: [{ name: 'lettre stage: not shown', text: SAMPLE, stages: ['lettre'] }],
  invalid: [
    {
      name: 'sample: crédit d’amorçage and dotation estimate',
      text: SAMPLE,
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: null, projet: 'info' },
      message: ['80 000 €', '40 000 € à la validation de la lettre d’intention', '40 000 € à la validation du projet de santé', 'estimée à 57 800 € pour 24 adhérents', 'interpolation linéaire'],
    },
    {
      name: 'under 10 adhérents: no estimate',
      text: mutate([[/(  - \{ nom: (?:Lafitte|Oyharçabal|Dupouy|Saint-Martin|Bordenave|Iribarne|Castaing|Larrouy|Mendiboure|Pétriat|Lalanne|Ducasse|Garat|Labarthe|Hiriart|Dufau|Cazenave|Arrieta|Poymiro|Larralde).*\n)+/, ''], ['medecins_specialite: 182', 'medecins_specialite: 40']]),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: null, projet: 'info' },
      message: ['« de 50 000 € pour 10 médecins adhérents »', 'avec 4 adhérents de la spécialité, le dossier est en dessous du début de cette grille'],
    },
  ],
});

describe('financement below 10 adhérents never claims the 10 % threshold is missed', () => {
  it('6 adhérents for 50 médecins (12 %): the grid starts at 10, seuil-adherents is silent', () => {
    const text = dossierYaml({ territoire: { departements: ['64'], medecins_specialite: 50 }, adherents: adherents(6) });
    const result = lint(text, 'projet');
    const message = result.results.find((f) => f.rule === 'financement')!.message;
    expect(message).toContain('« de 50 000 € pour 10 médecins adhérents »');
    expect(message).not.toMatch(/10 %|seuil/);
    expect(result.results.filter((f) => f.rule === 'seuil-adherents')).toEqual([]);
  });
});
