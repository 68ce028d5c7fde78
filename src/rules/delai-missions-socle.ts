import type { Rule, RuleReport } from './rule.js';
import { SOCLE_ROWS, socleDates } from './deploiement.js';
import { frenchDate } from '../facts/index.js';
import type { Dossier } from '../generated/dossier.js';
import { addMonths, isoDate, pointer } from './values.js';

/** "1 an à compter du dépôt du projet de santé" (cahier des charges §II). */
export const SOCLE_MONTHS = 12;

const ETAT_TEXT: Record<string, string> = { en_cours: 'encore en cours de déploiement', non_commencee: 'pas encore commencée' };

/**
 * At the stage rapport: a mission socle not `deployee` at the end of a year that ends more than one
 * year after the projet is late. A row without its state is a-completer's finding.
 */
function lateInYear(dossier: Dossier, annee: string, projet: string, limit: string): RuleReport[] {
  const fin = `${annee}-12-31`;
  if (fin <= limit) return [];
  const missions = dossier.activite?.[annee]?.missions;
  return SOCLE_ROWS.flatMap(({ key, label }) => {
    const etat = missions?.[key]?.etat;
    if (!etat || !(etat in ETAT_TEXT)) return [];
    return [{
      path: pointer('activite', annee, 'missions', key, 'etat'),
      message: `La mission socle « ${label} » est ${ETAT_TEXT[etat]} au 31 décembre ${annee}, alors qu’elle devait être en place au plus tard le ${frenchDate(limit)}, un an après le projet de santé (${frenchDate(projet)}). Dites dans le rapport (realisations, difficultes) ce qui la retarde et quand elle sera en service`,
    }];
  });
}

export const delaiMissionsSocle: Rule = {
  id: 'delai-missions-socle',
  severity: { projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §II « délais de mise en place »',
  description: 'Les deux lignes de la mission socle du plan de déploiement sont datées au plus 1 an après le projet de santé (ess.date) ; à l’étape rapport, une mission socle qui n’est pas déployée à la fin d’une année qui se termine plus d’un an après le projet de santé est en retard.',
  check({ dossier, stage, annee }) {
    const projet = isoDate(dossier.ess?.date);
    if (!projet) return [];
    const limit = addMonths(projet, SOCLE_MONTHS);
    if (stage === 'rapport') return annee ? lateInYear(dossier, annee, projet, limit) : [];
    return socleDates(dossier)
      .filter((row) => row.date > limit)
      .map((row) => ({
        path: row.path,
        message: `La mission socle « ${row.label} » est prévue le ${frenchDate(row.date)}, plus d’un an après le projet de santé (${frenchDate(projet)}) : elle doit être en place au plus tard le ${frenchDate(limit)}. Avancez la date de mise en service dans le plan de déploiement`,
      }));
  },
};
