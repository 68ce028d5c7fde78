import type { Rule } from './rule.js';
import { socleDates } from './deploiement.js';
import { frenchDate } from '../facts/index.js';
import { addMonths, isoDate } from './values.js';

/** Recovery of the sums paid when no mission-socle activity runs 18 months after the lettre (§V). */
export const OPERATIONNEL_MONTHS = 18;

export const delaiOperationnel: Rule = {
  id: 'delai-operationnel',
  severity: { projet: 'warning' },
  source: 'cahier des charges, §V « Financement »',
  description: 'Au moins une activité de la mission socle est prévue dans les 18 mois suivant le dépôt de la lettre d’intention ; sinon les sommes versées peuvent être récupérées.',
  check({ dossier }) {
    const depot = isoDate(dossier.lettre_intention?.date_depot);
    const rows = socleDates(dossier);
    if (!depot || rows.length === 0) return [];
    const limit = addMonths(depot, OPERATIONNEL_MONTHS);
    const earliest = rows.reduce((a, b) => (b.date < a.date ? b : a));
    if (earliest.date <= limit) return [];
    return [{
      path: earliest.path,
      message: `Aucune activité de la mission socle n’est prévue avant le ${frenchDate(earliest.date)} (« ${earliest.label} ») : l’ESS doit être opérationnelle dans les 18 mois suivant le dépôt de la lettre d’intention (${frenchDate(depot)}), soit le ${frenchDate(limit)}, faute de quoi les sommes versées sont récupérées. Avancez au moins une mise en service`,
    }];
  },
};
