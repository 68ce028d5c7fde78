import { ruleTable, mutate, SAMPLE } from './table.js';
import { adherents, dossierYaml } from './minimal.js';

ruleTable('specialite-medecine-generale', {
  valid: [{ name: 'cardiologie', text: SAMPLE }],
  invalid: [
    {
      name: 'ESS built around médecine générale',
      text: mutate([['  specialite: cardiologie\n  date', '  specialite: medecine-generale\n  date']]),
      path: '/ess/specialite',
      line: 'specialite: medecine-generale',
      severity: { lettre: 'error', projet: 'error' },
      message: ['« Médecine générale »', 'hors médecine générale'],
    },
    {
      name: 'médecine générale as another specialty',
      text: mutate([['  medecins_specialite: 182\n', '  medecins_specialite: 182\n  derogation:\n    motif: Tension démographique\n  autres_specialites:\n    - { specialite: medecine-generale, medecins: 40 }\n']]),
      path: '/territoire/autres_specialites/0/specialite',
      line: 'specialite: medecine-generale',
      severity: { lettre: 'error', projet: 'error' },
    },
    {
      name: 'minimal dossier: an adhérent of médecine générale, even with a dérogation',
      text: dossierYaml({ territoire: { departements: ['64'], medecins_specialite: 30, derogation: { motif: 'Tension' } }, adherents: [...adherents(3), ...adherents(1, 'medecine-generale', 4)] }),
      path: '/adherents/3/specialite',
      line: 'specialite: medecine-generale',
      severity: { lettre: 'error', projet: 'error' },
      message: ['Nom4 Prénom4 (adhérent n° 4)', '« Médecine générale »', 'n’est pas compté parmi les adhérents'],
    },
  ],
});
