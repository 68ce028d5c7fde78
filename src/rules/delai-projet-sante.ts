import type { Rule } from './rule.js';
import { frenchDate } from '../facts/index.js';
import { addMonths, isoDate } from './values.js';

/** The projet de santé is filed "dans les 6 mois suivant le dépôt de la lettre d'intention". */
export const PROJET_MONTHS = 6;

export const delaiProjetSante: Rule = {
  id: 'delai-projet-sante',
  severity: { projet: 'warning' },
  source: 'cahier des charges, §VI.B.3',
  description: 'Le projet de santé (ess.date) est daté au plus 6 mois après le dépôt de la lettre d’intention (lettre_intention.date_depot).',
  check({ dossier }) {
    const projet = isoDate(dossier.ess?.date);
    const depot = isoDate(dossier.lettre_intention?.date_depot);
    if (!projet || !depot) return [];
    const limit = addMonths(depot, PROJET_MONTHS);
    if (projet <= limit) return [];
    return [{
      path: '/ess/date',
      message: `Le projet de santé est daté du ${frenchDate(projet)}, plus de ${PROJET_MONTHS} mois après le dépôt de la lettre d’intention (${frenchDate(depot)}) : il est attendu au plus tard le ${frenchDate(limit)}. Le cahier des charges prévoit sa transmission « dans les 6 mois suivant le dépôt de la lettre d’intention » : vérifiez ces deux dates (ess.date, lettre_intention.date_depot)`,
    }];
  },
};
