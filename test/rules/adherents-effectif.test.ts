import { ruleTable, mutate, SAMPLE } from './table.js';
import { adherents, dossierYaml, rpps } from './minimal.js';

const territoire = (medecins: number) => ({ departements: ['64'], medecins_specialite: medecins });

ruleTable('adherents-effectif', {
  valid: [
    { name: 'sample: 24 for 182', text: SAMPLE },
    { name: 'as many adhérents as médecins', text: dossierYaml({ territoire: territoire(12), adherents: adherents(12) }) },
    { name: 'other specialties and duplicates do not count', text: dossierYaml({ territoire: territoire(12), adherents: [...adherents(12), ...adherents(3, 'pneumologie', 13), { nom: 'D', prenom: 'E', rpps: rpps(1) }] }) },
    { name: 'number of médecins not known', text: dossierYaml({ territoire: { departements: ['64'] }, adherents: adherents(12) }) },
  ],
  invalid: [
    {
      name: 'minimal dossier: 13 counted adhérents for 12 médecins',
      text: dossierYaml({ territoire: territoire(12), adherents: adherents(13) }),
      path: '/territoire/medecins_specialite',
      line: 'medecins_specialite: 12',
      severity: { lettre: 'error', projet: 'error' },
      message: ['13 adhérents de la spécialité, plus que les 12 médecins'],
    },
    {
      name: 'sample with 20 médecins',
      text: mutate([['medecins_specialite: 182', 'medecins_specialite: 20']]),
      path: '/territoire/medecins_specialite',
      line: 'medecins_specialite: 20',
      severity: { lettre: 'error', projet: 'error' },
      message: ['24 adhérents', '20 médecins'],
    },
    {
      name: 'one adhérent for no médecin: singular',
      text: dossierYaml({ territoire: territoire(0), adherents: adherents(1) }),
      path: '/territoire/medecins_specialite',
      line: 'medecins_specialite: 0',
      severity: { lettre: 'error', projet: 'error' },
      message: ['compte 1 adhérent de la spécialité, plus que les 0 médecin'],
    },
  ],
});
