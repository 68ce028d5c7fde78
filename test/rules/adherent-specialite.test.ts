import { ruleTable, mutate, SAMPLE } from './table.js';

const DEROGATION = ['  medecins_specialite: 182\n', '  medecins_specialite: 182\n  derogation:\n    motif: Territoire en forte tension démographique\n'] as [string, string];

ruleTable('adherent-specialite', {
  valid: [
    { name: 'sample (explicit cardiologie)', text: SAMPLE },
    { name: 'other specialty with a dérogation', text: mutate([DEROGATION, ['specialite: cardiologie }', 'specialite: pneumologie }']]) },
  ],
  invalid: [
    {
      name: 'other specialty without a dérogation',
      text: mutate([['specialite: cardiologie }', 'specialite: pneumologie }']]),
      path: '/adherents/23/specialite',
      line: 'specialite: pneumologie',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['Larralde Chloé (adhérent n° 24)', '« Pneumologie »', 'territoire.derogation.motif'],
    },
    {
      name: 'médecine générale even with a dérogation',
      text: mutate([DEROGATION, ['specialite: cardiologie }', 'specialite: medecine-generale }']]),
      path: '/adherents/23/specialite',
      line: 'specialite: medecine-generale',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['même par dérogation'],
    },
  ],
});
