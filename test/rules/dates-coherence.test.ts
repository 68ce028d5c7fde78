import { ruleTable, SAMPLE } from './table.js';
import { dossierYaml } from './minimal.js';

const dates = (projet: string, depot: string, signature?: string) =>
  dossierYaml({
    ess: { nom: 'ESS test', specialite: 'cardiologie', date: projet },
    lettre_intention: { date_depot: depot },
    ...(signature ? { signature: { lieu: 'Pau', date: signature } } : {}),
  });

ruleTable('dates-coherence', {
  valid: [
    { name: 'sample', text: SAMPLE, stages: ['projet'] },
    { name: 'projet the day of the lettre, signed that day', text: dates('2026-06-15', '2026-06-15', '2026-06-15'), stages: ['projet'] },
    { name: 'lettre stage: not checked', text: dates('2026-01-01', '2026-06-15', '2026-02-01'), stages: ['lettre'] },
    { name: 'a date not written yet', text: dates('À COMPLÉTER', '2026-06-15'), stages: ['projet'] },
  ],
  invalid: [
    {
      name: 'projet dated before the lettre was filed',
      text: dates('2026-06-14', '2026-06-15'),
      path: '/ess/date',
      line: 'date: 2026-06-14',
      severity: { lettre: null, projet: 'error' },
      message: ['daté du 14 juin 2026, avant le dépôt de la lettre d’intention (15 juin 2026)'],
    },
    {
      name: 'signed on another day than the projet’s date',
      text: dates('2026-11-15', '2026-06-15', '2026-11-16'),
      path: '/signature/date',
      line: 'date: 2026-11-16',
      severity: { lettre: null, projet: 'warning' },
      message: ['signé le 16 novembre 2026, mais daté du 15 novembre 2026'],
    },
  ],
});
