import type { Rule } from './rule.js';
import { factsOf, formatNumber, notCountedText, plural, quote, shareText } from '../facts/index.js';

export const seuilAdherents: Rule = {
  id: 'seuil-adherents',
  severity: { lettre: 'warning', projet: 'error', rapport: 'error' },
  source: 'cahier des charges, §VI.A « seuil minimal d’adhérents »',
  description: 'Au départ, les adhérents de la spécialité (RPPS distincts) sont au moins 10 % des médecins libéraux de la spécialité du territoire (arrondi au médecin supérieur : 10 % de 182, c’est 19) ; avertissement quand une dérogation est motivée.',
  check({ dossier }) {
    const { adherents, medecins, thresholds, derogation, count } = factsOf(dossier);
    const start = thresholds[0];
    if (medecins === undefined || !start || start.met) return [];
    const apart = notCountedText(count.notCounted);
    const figures = `${shareText(adherents, medecins, ' de la spécialité')}${apart ? ` (${apart})` : ''} : il en faut au moins ${formatNumber(start.required)} pour atteindre ${start.percent} % des médecins de la spécialité du territoire`;
    if (derogation) {
      return [{
        path: '/adherents',
        severity: 'warning',
        message: `${figures} ; la dérogation demandée (motif : ${quote(derogation)}) doit être validée par la CPN`,
      }];
    }
    return [{
      path: '/adherents',
      message: `${figures}. Recueillez encore ${plural(start.missing, 'adhésion')} de médecins de la spécialité (formulaire d’adhésion signé), ou motivez une dérogation dans territoire.derogation.motif`,
    }];
  },
};
