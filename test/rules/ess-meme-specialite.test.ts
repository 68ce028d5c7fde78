import { ruleTable, SAMPLE } from './table.js';
import { dossierYaml } from './minimal.js';

const partner = (type: string, specialite?: string) =>
  dossierYaml({
    territoire: { departements: ['64'], medecins_specialite: 60 },
    partenaires: [{ nom: 'ESS voisine', type, cooperation: 'Échanges', formalisation: 'envisagee', ...(specialite ? { specialite } : {}) }],
  });

ruleTable('ess-meme-specialite', {
  valid: [
    { name: 'sample', text: SAMPLE },
    { name: 'a partner ESS of another specialty', text: partner('ess', 'pneumologie') },
    { name: 'a partner ESS whose specialty is not given', text: partner('ess') },
    { name: 'a CPTS of the same "specialty" is not an ESS', text: partner('cpts', 'cardiologie') },
  ],
  invalid: [
    {
      name: 'a partner ESS of the same specialty',
      text: partner('ess', 'cardiologie'),
      path: '/partenaires/0/specialite',
      // The partner's line, not the ESS's own specialty.
      line: /^ {4}specialite: cardiologie/,
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['« ESS voisine » est de la même spécialité', 'plusieurs ESS d’une même spécialité sur un même territoire'],
    },
  ],
});
