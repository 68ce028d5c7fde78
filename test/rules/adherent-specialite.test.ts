import { ruleTable, mutate, SAMPLE } from './table.js';
import { adherents, dossierYaml } from './minimal.js';

const DEROGATION = ['  medecins_specialite: 182\n', '  medecins_specialite: 182\n  derogation:\n    motif: Territoire en forte tension démographique\n'] as [string, string];

ruleTable('adherent-specialite', {
  valid: [
    { name: 'sample (explicit cardiologie)', text: SAMPLE },
    { name: 'other specialty with a dérogation', text: mutate([DEROGATION, ['specialite: cardiologie }', 'specialite: pneumologie }']]) },
    { name: 'médecine générale is specialite-medecine-generale’s finding (an error), even with a dérogation', text: mutate([DEROGATION, ['specialite: cardiologie }', 'specialite: medecine-generale }']]) },
    { name: 'minimal dossier: no specialty given is the ESS’s', text: dossierYaml({ territoire: { departements: ['64'], medecins_specialite: 40 }, adherents: adherents(5) }) },
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
      name: 'minimal dossier: one pneumologue in a cardiology ESS, named and said not counted',
      text: dossierYaml({ territoire: { departements: ['64'], medecins_specialite: 40 }, adherents: [...adherents(4), ...adherents(1, 'pneumologie', 5)] }),
      path: '/adherents/4/specialite',
      line: 'specialite: pneumologie',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['Nom5 Prénom5 (adhérent n° 5)', 'n’est pas compté parmi les adhérents de la spécialité'],
    },
  ],
});
