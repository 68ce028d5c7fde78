import type { Rule } from './rule.js';
import { euros, factsOf, plural } from '../facts/index.js';

export const financementRule: Rule = {
  id: 'financement',
  severity: { projet: 'info' },
  source: 'cahier des charges, §V « Financement »',
  description: 'Le financement que le dossier peut attendre : crédit d’amorçage de 80 000 € en deux versements, et une estimation (hypothèse affichée) de la dotation annuelle pour son nombre d’adhérents.',
  check({ dossier }) {
    const { adherents, financement } = factsOf(dossier);
    const { amorcage, dotation, debutGrille } = financement;
    const [first, second] = amorcage.tranches;
    const credit = `Crédit d’amorçage : ${euros(amorcage.total)} (${euros(first!.montant)} à la ${first!.evenement}, ${euros(second!.montant)} à la ${second!.evenement})`;
    // Below the grid the cahier gives no amount: say where the grid starts, nothing about the 10 %.
    const annual = dotation === undefined
      ? `dotation annuelle : le cahier des charges la fixe « de ${euros(debutGrille.montant)} pour ${debutGrille.adherents} médecins adhérents » à 100 000 € pour 100 ou plus ; avec ${plural(adherents, 'adhérent')} de la spécialité, le dossier est en dessous du début de cette grille`
      : `dotation annuelle estimée à ${euros(dotation)} pour ${plural(adherents, 'adhérent')} — estimation : ${financement.hypothese}`;
    return [{ path: '/adherents', message: `${credit} ; ${annual}` }];
  },
};
