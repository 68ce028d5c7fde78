import type { Rule } from './rule.js';
import { socleDates } from './deploiement.js';
import { frenchDate } from '../facts/index.js';
import { addMonths, isoDate } from './values.js';

/** "1 an à compter du dépôt du projet de santé" (cahier des charges §II). */
export const SOCLE_MONTHS = 12;

export const delaiMissionsSocle: Rule = {
  id: 'delai-missions-socle',
  severity: { projet: 'warning' },
  source: 'cahier des charges, §II « délais de mise en place »',
  description: 'Les deux lignes de la mission socle du plan de déploiement sont datées au plus 1 an après le projet de santé (ess.date).',
  check({ dossier }) {
    const projet = isoDate(dossier.ess?.date);
    if (!projet) return [];
    const limit = addMonths(projet, SOCLE_MONTHS);
    return socleDates(dossier)
      .filter((row) => row.date > limit)
      .map((row) => ({
        path: row.path,
        message: `La mission socle « ${row.label} » est prévue le ${frenchDate(row.date)}, plus d’un an après le projet de santé (${frenchDate(projet)}) : elle doit être en place au plus tard le ${frenchDate(limit)}. Avancez la date de mise en service dans le plan de déploiement`,
      }));
  },
};
