import { ruleTable, mutate, SAMPLE } from './table.js';

ruleTable('mission-socle', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'appui d’expertise by télé-expertise only', text: mutate([[/    consultation: \|\n(      .*\n)+/, '']]) },
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
  ],
});
