import { ruleTable, mutate, SAMPLE } from './table.js';

const RAPPORT_ONLY = { lettre: null, projet: null, rapport: 'warning' } as const;
const QUALITATIF_ENTRY = /    qualitatifs:\n      - indicateur: Satisfaction.*\n.*\n/;

ruleTable('rapport-indicateurs-projet', {
  valid: [
    { name: 'the sample reports each indicator of its projet', text: SAMPLE, stages: ['lettre', 'projet', 'rapport'] },
    {
      name: 'an indicator retyped with other case, accents and punctuation',
      text: mutate([['      - indicateur: Part des patients vus', '      - indicateur: PART des patients VUS']]),
      stages: ['rapport'],
    },
    { name: 'a year without its section is a-completer’s', text: SAMPLE, stages: ['rapport'], annee: '2028' },
    { name: 'a projet without specific indicators', text: mutate([[/  complementaires:\n    - Part.*\n/, '  complementaires: []\n']]), stages: ['rapport'] },
  ],
  invalid: [
    {
      name: 'the qualitative indicator is not reported',
      text: mutate([[QUALITATIF_ENTRY, '']]),
      path: '/activite/2027',
      line: '"2027":',
      severity: RAPPORT_ONLY,
      message: ['L’indicateur qualitatif « Satisfaction des médecins traitants', 'n’est pas dans le rapport 2027', 'activite.2027.qualitatifs'],
    },
    {
      name: 'a specific indicator reported under another name',
      text: mutate([['      - indicateur: Part des patients vus', '      - indicateur: Part des patients revus']]),
      path: '/activite/2027/complementaires',
      line: /^    complementaires:/,
      severity: RAPPORT_ONLY,
      message: ['L’indicateur spécifique « Part des patients vus dans les deux mois', 'valeur'],
    },
    {
      name: 'an indicator listed without its result',
      text: mutate([[/        resultat: 91 %.*\n/, '        resultat: ""\n']]),
      path: '/activite/2027/qualitatifs/0',
      line: 'indicateur: Satisfaction des médecins traitants sur le délai et la qualité des avis (enquête annuelle)',
      severity: RAPPORT_ONLY,
      message: ['sans son résultat', 'resultat:'],
    },
  ],
});
