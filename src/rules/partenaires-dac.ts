import type { Rule } from './rule.js';
import { partnerTypes } from './partenaires.js';

export const partenairesDac: Rule = {
  id: 'partenaires-dac',
  severity: { lettre: 'info', projet: 'info' },
  source: 'cahier des charges, §III « Intégration des ESS sur le territoire »',
  description: 'Signale l’absence de dispositif d’appui à la coordination (DAC) parmi les partenaires.',
  check({ dossier }) {
    const types = partnerTypes(dossier);
    if (!types || types.has('dac')) return [];
    return [{
      path: '/partenaires',
      message: 'Aucun dispositif d’appui à la coordination (DAC) parmi les partenaires : le cahier des charges cite les DAC parmi les dispositifs avec lesquels l’ESS s’articule. Ajoutez le DAC du territoire (type : dac) si une coopération est envisagée',
    }];
  },
};
