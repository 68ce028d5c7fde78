import { ruleTable, mutate, SAMPLE } from './table.js';

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
      message: ['aucune estimation sous 10 adhérents', '4 adhérents'],
    },
  ],
});
