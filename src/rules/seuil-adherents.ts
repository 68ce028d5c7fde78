import { formatNumber, plural } from '../core/text.js';
import type { Rule } from './rule.js';
import { factsOf } from './facts.js';
import { quote } from './values.js';
import { shareText } from './wording.js';

export const seuilAdherents: Rule = {
  id: 'seuil-adherents',
  severity: 'error',
  lettreSeverity: 'warning',
  stages: ['lettre', 'projet'],
  source: 'cahier des charges, §VI.A « seuil minimal d’adhérents »',
  description: 'Au départ, les adhérents sont au moins 10 % des médecins libéraux de la spécialité du territoire (arrondi au médecin supérieur : 10 % de 182, c’est 19) ; avertissement quand une dérogation est motivée.',
  check({ dossier }) {
    const { adherents, medecins, thresholds, derogation } = factsOf(dossier);
    const start = thresholds[0];
    if (medecins === undefined || !start || start.met) return [];
    const figures = `${shareText(adherents, medecins)} : il en faut au moins ${formatNumber(start.required)} pour atteindre ${start.percent} % des médecins de la spécialité du territoire`;
    if (derogation) {
      return [{
        path: '/adherents',
        severity: 'warning',
        message: `${figures} ; la dérogation demandée (motif : ${quote(derogation)}) doit être validée par la CPN`,
      }];
    }
    return [{
      path: '/adherents',
      message: `${figures}. Recueillez encore ${plural(start.missing, 'adhésion')} (formulaire d’adhésion signé), ou motivez une dérogation dans territoire.derogation.motif`,
    }];
  },
};
