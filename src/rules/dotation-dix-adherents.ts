import type { Rule } from './rule.js';
import { euros, factsOf, plural } from '../facts/index.js';

export const dotationDixAdherents: Rule = {
  id: 'dotation-dix-adherents',
  severity: { lettre: 'info', projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §V « Financement »',
  description: 'L’ESS compte au moins 10 adhérents de la spécialité : la dotation annuelle va « de 50 000 € pour 10 médecins adhérents » à 100 000 € pour 100 ou plus (le seuil de 10 % peut être atteint avec moins de 10 adhérents).',
  check({ dossier }) {
    const { adherents, financement } = factsOf(dossier);
    const { debutGrille } = financement;
    if (adherents >= debutGrille.adherents) return [];
    return [{
      path: '/adherents',
      message: `L’ESS compte ${plural(adherents, 'adhérent')} de la spécialité : la dotation annuelle du cahier des charges va « de ${euros(debutGrille.montant)} pour ${debutGrille.adherents} médecins adhérents » à 100 000 € pour 100 médecins ou plus, et ne fixe aucun montant en dessous de ${debutGrille.adherents} adhérents (le seuil de départ de 10 % des médecins est vérifié à part, par seuil-adherents). Chaque adhésion compte dès que le formulaire d’adhésion est signé`,
    }];
  },
};
