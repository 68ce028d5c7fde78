import { ruleTable, SAMPLE } from './table.js';
import { adherents, dossierYaml } from './minimal.js';

const territoire = (medecins: number) => ({ departements: ['64'], medecins_specialite: medecins });

ruleTable('dotation-dix-adherents', {
  valid: [
    { name: 'sample: 24 adhérents', text: SAMPLE },
    { name: 'exactly 10 counted adhérents', text: dossierYaml({ territoire: territoire(60), adherents: adherents(10) }) },
  ],
  invalid: [
    {
      name: '9 adhérents for 60 médecins: the 10 % threshold is met (6), the grid starts at 10',
      text: dossierYaml({ territoire: territoire(60), adherents: adherents(9) }),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'info', projet: 'warning' },
      message: ['9 adhérents de la spécialité', '« de 50 000 € pour 10 médecins adhérents »'],
    },
    {
      name: '10 rows but only 9 of the specialty',
      text: dossierYaml({ territoire: territoire(60), adherents: [...adherents(9), ...adherents(1, 'pneumologie', 10)] }),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'info', projet: 'warning' },
      message: ['9 adhérents de la spécialité'],
    },
    {
      name: 'one adhérent: singular',
      text: dossierYaml({ territoire: territoire(8), adherents: adherents(1) }),
      path: '/adherents',
      line: /^adherents:/,
      severity: { lettre: 'info', projet: 'warning' },
      message: ['L’ESS compte 1 adhérent de la spécialité'],
    },
  ],
});
