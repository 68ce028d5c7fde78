// A consultation avancée described in §5.2 is an action of the ESS: the plan de déploiement (§8)
// has a row for it, and the ARS reads there when it starts. Only at the projet stage: the plan de
// déploiement belongs to the projet de santé (cahier §VI.B.3), not to the lettre d'intention.
import type { Rule } from './rule.js';
import { isEmpty, pointer } from './values.js';

const ROW = pointer('deploiement', 'missions', 'consultations_avancees');

export const deploiementConsultationsAvancees: Rule = {
  id: 'deploiement-consultations-avancees',
  severity: { projet: 'warning' },
  source: 'trame type, §8 « Calendrier prévisionnel de déploiement des missions »',
  description:
    'Des consultations avancées décrites (missions.consultations_avancees.lieux) ont leur ligne dans le plan de déploiement (deploiement.missions.consultations_avancees), avec les travaux envisagés.',
  check({ dossier }) {
    const lieux = dossier.missions?.consultations_avancees?.lieux;
    if (!Array.isArray(lieux) || lieux.length === 0) return [];
    const described = lieux.length === 1 ? 'Une consultation avancée est décrite' : `${lieux.length} consultations avancées sont décrites`;
    const row = dossier.deploiement?.missions?.consultations_avancees;
    if (row === undefined || row === null) {
      return [{
        path: ROW,
        message: `${described} (missions.consultations_avancees.lieux), mais le plan de déploiement n’a pas de ligne « Organisation de consultations avancées » : ajoutez deploiement.missions.consultations_avancees, avec les travaux envisagés (travaux) et la date prévisionnelle de mise en service (date)`,
      }];
    }
    if (!isEmpty(row.travaux)) return [];
    return [{
      path: pointer('deploiement', 'missions', 'consultations_avancees', 'travaux'),
      message: `${described} (missions.consultations_avancees.lieux), mais la ligne « Organisation de consultations avancées » du plan de déploiement ne dit pas les travaux envisagés : décrivez-les dans deploiement.missions.consultations_avancees.travaux`,
    }];
  },
};
