import type { Rule } from './rule.js';
import { isEmpty } from './values.js';

export const statutSiret: Rule = {
  id: 'statut-siret',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'trame type, §1 « Statut juridique »',
  description: 'Une association déjà constituée (etat: constituee) donne son numéro SIRET.',
  check({ dossier }) {
    const statut = dossier.statut_juridique;
    if (statut?.etat !== 'constituee' || !isEmpty(statut.siret)) return [];
    return [{
      path: '/statut_juridique/siret',
      message: 'L’association est déclarée constituée (statut_juridique.etat : constituee) mais son numéro SIRET manque : ajoutez statut_juridique.siret (14 chiffres, entre guillemets), ou indiquez « etat: en_creation » et la date de dépôt en préfecture si elle est encore en cours de création',
    }];
  },
};
