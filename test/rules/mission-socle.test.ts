import { ruleTable, mutate, SAMPLE } from './table.js';
import { dossierYaml } from './minimal.js';

const missions = (appui: Record<string, string>) => dossierYaml({ missions: { coordination_parcours: 'Parcours partagés avec les CPTS.', appui_expertise: appui } });

ruleTable('mission-socle', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'appui d’expertise by télé-expertise only', text: mutate([[/    consultation: \|\n(      .*\n)+/, '']]) },
    { name: 'minimal dossier: « consultation ou téléexpertise », consultation only', text: missions({ consultation: 'Créneaux dédiés sous 7 jours.' }) },
    { name: 'minimal dossier: téléexpertise only, consultation empty', text: missions({ consultation: '', teleexpertise: 'Réponse sous 48 heures via Paaco-Globule.' }) },
    { name: 'placeholder is a-completer’s', text: mutate([[/  coordination_parcours: \|\n(    .*\n)+/, '  coordination_parcours: À COMPLÉTER\n']]) },
  ],
  invalid: [
    {
      name: 'coordination des parcours missing: at the parent',
      text: mutate([[/  coordination_parcours: \|\n(    .*\n)+/, '']]),
      path: '/missions/coordination_parcours',
      line: /^missions:/,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['« coordination des parcours »'],
    },
    {
      name: 'appui d’expertise with both answers empty',
      text: mutate([[/    consultation: \|\n(      .*\n)+/, '    consultation: ""\n'], [/    teleexpertise: \|\n(      .*\n)+/, '    teleexpertise: "  "\n']]),
      path: '/missions/appui_expertise',
      line: 'appui_expertise:',
      severity: { lettre: 'warning', projet: 'error' },
      message: ['« appui d’expertise »'],
    },
    {
      name: 'minimal dossier: neither consultation nor téléexpertise',
      text: missions({ consultation: ' ', teleexpertise: '' }),
      path: '/missions/appui_expertise',
      line: 'appui_expertise:',
      severity: { lettre: 'warning', projet: 'error' },
      message: ['sous la forme de consultation ou de téléexpertise'],
    },
  ],
});
