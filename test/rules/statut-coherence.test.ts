import { ruleTable, SAMPLE } from './table.js';
import { dossierYaml } from './minimal.js';

const statut = (fields: Record<string, unknown>) => dossierYaml({ statut_juridique: { nom_association: 'Association test', ...fields } });

ruleTable('statut-coherence', {
  valid: [
    { name: 'sample: constituée with its SIRET', text: SAMPLE },
    { name: 'en création with its préfecture date', text: statut({ etat: 'en_creation', date_depot_prefecture: '2026-05-02' }) },
    { name: 'constituée with both SIRET and préfecture date', text: statut({ etat: 'constituee', siret: '88432176500015', date_depot_prefecture: '2026-05-02' }) },
  ],
  invalid: [
    {
      name: 'en création with a SIRET',
      text: statut({ etat: 'en_creation', siret: '88432176500015', date_depot_prefecture: '2026-05-02' }),
      path: '/statut_juridique/siret',
      line: 'siret: "88432176500015"',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['en cours de création', 'mettez etat: constituee'],
    },
    {
      name: 'constituée with a préfecture date and no SIRET',
      text: statut({ etat: 'constituee', date_depot_prefecture: '2026-05-02' }),
      path: '/statut_juridique/date_depot_prefecture',
      line: 'date_depot_prefecture: 2026-05-02',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['mettez etat: en_creation'],
    },
  ],
});
