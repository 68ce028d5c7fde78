import { ruleTable, mutate, SAMPLE } from './table.js';
import { dossierYaml } from './minimal.js';

/** A consultation in Port-Sainte-Foy (Dordogne), whose postal code 33220 is Gironde's too. */
const portSainteFoy = (departements: string[], departement?: string) =>
  dossierYaml({
    territoire: { departements, medecins_specialite: 60 },
    missions: { consultations_avancees: { lieux: [{ commune: 'Port-Sainte-Foy-et-Ponchapt', code_postal: '33220', vacations: '1 par mois', ...(departement ? { departement } : {}) }] } },
  });

ruleTable('consultation-hors-territoire', {
  valid: [
    { name: 'sample (64 and 40)', text: SAMPLE },
    { name: 'placeholder postal code is a-completer’s', text: mutate([['code_postal: "40700"', 'code_postal: À COMPLÉTER']]) },
    { name: 'minimal dossier: a shared postal code, the département given is in the territory', text: portSainteFoy(['24'], '24') },
  ],
  invalid: [
    {
      name: 'a consultation in Dordogne',
      text: mutate([['code_postal: "40700"', 'code_postal: "24700"']]),
      path: '/missions/consultations_avancees/lieux/2/code_postal',
      line: 'code_postal: "24700"',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['24700 Hagetmau', 'département 24 Dordogne', '(64 Pyrénées-Atlantiques et 40 Landes)', /\(contrôle de cohérence [^)]*\)$/],
    },
    {
      name: 'minimal dossier: the same place without its département reads as Gironde, and says how to fix it',
      text: portSainteFoy(['24']),
      path: '/missions/consultations_avancees/lieux/0/code_postal',
      line: 'code_postal: "33220"',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['département 33 Gironde, hors du territoire de l’ESS (24 Dordogne)', 'indiquez le département du lieu'],
    },
    {
      name: 'minimal dossier: a département given outside the territory, reported at it',
      text: portSainteFoy(['24'], '33'),
      path: '/missions/consultations_avancees/lieux/0/departement',
      line: 'departement: "33"',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['vérifiez son département'],
    },
  ],
});
