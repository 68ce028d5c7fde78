import type { Rule } from './rule.js';
import { factsOf, plural } from '../facts/index.js';

export const adherentsEffectif: Rule = {
  id: 'adherents-effectif',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'cahier des charges, §VI.A « seuil minimal d’adhérents »',
  description: 'Les adhérents de la spécialité (RPPS distincts) ne sont pas plus nombreux que les médecins de la spécialité sur le territoire (territoire.medecins_specialite) : ils sont parmi eux.',
  check({ dossier }) {
    const { adherents, medecins } = factsOf(dossier);
    if (medecins === undefined || adherents <= medecins) return [];
    return [{
      path: '/territoire/medecins_specialite',
      message: `L’ESS compte ${plural(adherents, 'adhérent')} de la spécialité, plus que les ${plural(medecins, 'médecin')} de la spécialité déclarés sur le territoire : les adhérents sont parmi ces médecins. Vérifiez le nombre de médecins (données ameli, territoire.medecins_specialite) et la liste des adhérents (doublons, spécialités)`,
    }];
  },
};
