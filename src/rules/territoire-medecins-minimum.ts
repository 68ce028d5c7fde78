import { plural } from '../core/text.js';
import type { Rule } from './rule.js';
import { factsOf } from '../facts/index.js';
import { quote } from '../facts/index.js';

/** "Au moins 10 médecins de la spécialité" on the territory (cahier des charges §VI.A). */
export const MEDECINS_MINIMUM = 10;

export const territoireMedecinsMinimum: Rule = {
  id: 'territoire-medecins-minimum',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'cahier des charges, §VI.A « périmètre géographique »',
  description: 'Le territoire compte au moins 10 médecins de la spécialité ; avertissement seulement quand une dérogation est motivée (territoire.derogation.motif).',
  check({ dossier }) {
    const { medecins, derogation } = factsOf(dossier);
    if (medecins === undefined || medecins >= MEDECINS_MINIMUM) return [];
    const figures = `Le territoire ne compte que ${plural(medecins, 'médecin')} de la spécialité, il en faut au moins ${MEDECINS_MINIMUM}`;
    if (derogation) {
      return [{
        path: '/territoire/medecins_specialite',
        severity: 'warning',
        message: `${figures} : la dérogation demandée (motif : ${quote(derogation)}) doit être validée par la CPN ; étayez-la avec les données de tension démographique du territoire`,
      }];
    }
    return [{
      path: '/territoire/medecins_specialite',
      message: `${figures} : élargissez le territoire à un département voisin (territoire.departements), ou, si la zone est particulièrement en tension, motivez une dérogation dans territoire.derogation.motif`,
    }];
  },
};
