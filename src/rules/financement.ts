import { plural } from '../core/text.js';
import type { Rule } from './rule.js';
import { factsOf } from './facts.js';
import { euros } from './wording.js';

export const financementRule: Rule = {
  id: 'financement',
  severity: 'info',
  stages: ['projet'],
  source: 'cahier des charges, §V « Financement »',
  description: 'Le financement que le dossier peut attendre : crédit d’amorçage de 80 000 € en deux versements, et une estimation (hypothèse affichée) de la dotation annuelle pour son nombre d’adhérents.',
  check({ dossier }) {
    const { adherents, financement } = factsOf(dossier);
    const { amorcage, dotation } = financement;
    const [first, second] = amorcage.tranches;
    const credit = `Crédit d’amorçage : ${euros(amorcage.total)} (${euros(first!.montant)} à la ${first!.evenement}, ${euros(second!.montant)} à la ${second!.evenement})`;
    const annual = dotation === undefined
      ? `dotation annuelle : aucune estimation sous 10 adhérents (${plural(adherents, 'adhérent')} aujourd’hui ; elle va de 50 000 € pour 10 adhérents à 100 000 € pour 100 ou plus)`
      : `dotation annuelle estimée à ${euros(dotation)} pour ${plural(adherents, 'adhérent')} — estimation : ${financement.hypothese}`;
    return [{ path: '/adherents', message: `${credit} ; ${annual}` }];
  },
};
