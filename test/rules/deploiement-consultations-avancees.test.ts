import { ruleTable, SAMPLE, mutate } from './table.js';

// Small dossiers made for the rule: only the consultations avancées and the plan de déploiement.
const HEAD = 'version: 1\ness:\n  nom: ESS test\n  specialite: dermatologie\n';
const LIEUX = `missions:
  consultations_avancees:
    lieux:
      - commune: Aubusson
        code_postal: "23200"
        vacations: 1 demi-journée par mois
`;
const TWO_LIEUX = `${LIEUX}      - commune: Guéret
        code_postal: "23000"
`;
const row = (body: string) => `deploiement:\n  missions:\n    consultations_avancees:\n${body}`;

ruleTable('deploiement-consultations-avancees', {
  valid: [
    { name: 'complete sample', text: SAMPLE },
    { name: 'no consultation avancée at all', text: `${HEAD}deploiement:\n  communication: Réunions dans les CPTS.\n` },
    { name: 'an empty list of lieux', text: `${HEAD}missions:\n  consultations_avancees:\n    lieux: []\n` },
    { name: 'a lieu and its row with travaux (no date yet)', text: `${HEAD}${LIEUX}${row('      travaux: Convention avec la MSP d’Aubusson.\n')}` },
    // The plan de déploiement belongs to the projet de santé: nothing at the lettre stage.
    { name: 'lettre stage', text: `${HEAD}${LIEUX}`, stages: ['lettre'] },
  ],
  invalid: [
    {
      name: 'a lieu, no plan de déploiement at all',
      text: `${HEAD}${LIEUX}`,
      path: '/deploiement/missions/consultations_avancees',
      line: 1,
      severity: { projet: 'warning', lettre: null },
      message: ['Une consultation avancée est décrite', 'deploiement.missions.consultations_avancees'],
    },
    {
      name: 'two lieux, a plan without the row',
      text: `${HEAD}${TWO_LIEUX}deploiement:\n  missions:\n    avis_specialise:\n      travaux: Ligne de télé-expertise.\n`,
      path: '/deploiement/missions/consultations_avancees',
      line: '  missions:',
      severity: { projet: 'warning' },
      message: ['2 consultations avancées sont décrites'],
    },
    {
      name: 'the row without travaux',
      text: `${HEAD}${LIEUX}${row('      date: 2027-09-01\n')}`,
      path: '/deploiement/missions/consultations_avancees/travaux',
      line: /^    consultations_avancees:$/,
      severity: { projet: 'warning' },
      message: ['ne dit pas les travaux envisagés'],
    },
    {
      name: 'the row with empty travaux',
      text: `${HEAD}${LIEUX}${row('      travaux: ""\n      date: 2027-09-01\n')}`,
      path: '/deploiement/missions/consultations_avancees/travaux',
      line: '      travaux: ""',
      severity: { projet: 'warning' },
    },
    {
      name: 'the sample without its row',
      text: mutate([[/    consultations_avancees:\n      travaux: .*\n      date: .*\n/, '']]),
      path: '/deploiement/missions/consultations_avancees',
      line: /^  missions:$/,
      severity: { projet: 'warning', lettre: null },
      message: ['3 consultations avancées sont décrites'],
    },
  ],
});
