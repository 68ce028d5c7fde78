import type { Rule } from './rule.js';
import { factsOf } from '../facts/index.js';
import { isEmpty } from './values.js';

export const pluriSpecialitesDerogation: Rule = {
  id: 'pluri-specialites-derogation',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §II et §VI.A « à titre dérogatoire »',
  description: 'Une ESS de plusieurs spécialités (territoire.autres_specialites) motive sa demande de dérogation (territoire.derogation.motif).',
  check({ dossier }) {
    const autres = dossier.territoire?.autres_specialites;
    if (!autres || isEmpty(autres) || factsOf(dossier).derogation) return [];
    return [{
      path: '/territoire/autres_specialites',
      message: 'L’ESS déclare d’autres spécialités, mais ne demande pas de dérogation : une ESS de plusieurs spécialités n’est admise qu’à titre dérogatoire, sur validation de la CPN, dans les territoires en forte tension. Motivez la dérogation dans territoire.derogation.motif, ou retirez territoire.autres_specialites',
    }];
  },
};
