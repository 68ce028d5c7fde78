import type { Rule, RuleReport } from './rule.js';
import { frenchDate } from '../facts/index.js';
import { isoDate } from './values.js';

export const datesCoherence: Rule = {
  id: 'dates-coherence',
  severity: { projet: 'error' },
  source: 'cahier des charges, §VI.B.3 ; trame type, bloc de signature',
  description: 'Les dates du dossier ne se contredisent pas : le projet de santé (ess.date) n’est pas daté d’avant le dépôt de la lettre d’intention (erreur) ; la date de signature est celle du projet (avertissement).',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const projet = isoDate(dossier.ess?.date);
    const depot = isoDate(dossier.lettre_intention?.date_depot);
    const signature = isoDate(dossier.signature?.date);
    if (projet && depot && projet < depot) {
      reports.push({
        path: '/ess/date',
        message: `Le projet de santé est daté du ${frenchDate(projet)}, avant le dépôt de la lettre d’intention (${frenchDate(depot)}) : il est transmis après elle, dans les 6 mois qui suivent son dépôt. Corrigez l’une des deux dates (ess.date, lettre_intention.date_depot)`,
      });
    }
    if (projet && signature && signature !== projet) {
      reports.push({
        path: '/signature/date',
        severity: 'warning',
        message: `Le projet de santé est signé le ${frenchDate(signature)}, mais daté du ${frenchDate(projet)} (ess.date) : la trame l’« établit en date du » jour de sa signature. Mettez la même date aux deux (signature.date, ess.date)`,
      });
    }
    return reports;
  },
};
