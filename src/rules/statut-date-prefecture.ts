import type { Rule } from './rule.js';
import { isEmpty } from './values.js';

export const statutDatePrefecture: Rule = {
  id: 'statut-date-prefecture',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'trame type, §1 « Statut juridique »',
  description: 'Une association en cours de création (etat: en_creation) donne la date du dépôt de sa demande en préfecture.',
  check({ dossier }) {
    const statut = dossier.statut_juridique;
    if (statut?.etat !== 'en_creation' || !isEmpty(statut.date_depot_prefecture)) return [];
    return [{
      path: '/statut_juridique/date_depot_prefecture',
      message: 'L’association est déclarée en cours de création (statut_juridique.etat : en_creation) mais la date du dépôt de la demande en préfecture manque : ajoutez statut_juridique.date_depot_prefecture (AAAA-MM-JJ), ou indiquez « etat: constituee » et le numéro SIRET si l’association est déjà déclarée',
    }];
  },
};
