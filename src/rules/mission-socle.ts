import type { Rule, RuleReport } from './rule.js';
import { isEmpty } from './values.js';

export const missionSocle: Rule = {
  id: 'mission-socle',
  severity: { lettre: 'warning', projet: 'error' },
  source: 'cahier des charges, §II « Missions »',
  description: 'Les deux activités obligatoires de la mission socle sont décrites : la coordination des parcours et l’appui d’expertise, « sous la forme de consultation ou téléexpertise » (l’une des deux suffit).',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const missions = dossier.missions;
    // A placeholder is the a-completer rule's business: only a true absence is reported here.
    if (isEmpty(missions?.coordination_parcours)) {
      reports.push({
        path: '/missions/coordination_parcours',
        message: 'La mission socle « coordination des parcours » n’est pas décrite : elle est obligatoire pour le financement. Décrivez dans missions.coordination_parcours comment l’ESS structure le 2nd recours et facilite la collaboration entre le 1er, le 2nd et le 3ème recours',
      });
    }
    const appui = missions?.appui_expertise;
    if (isEmpty(appui?.consultation) && isEmpty(appui?.teleexpertise)) {
      reports.push({
        path: '/missions/appui_expertise',
        message: 'La mission socle « appui d’expertise » n’est pas décrite : elle est obligatoire pour le financement, sous la forme de consultation ou de téléexpertise. Décrivez l’une des deux (ou les deux) dans missions.appui_expertise.consultation ou missions.appui_expertise.teleexpertise : comment un médecin traitant obtient un avis spécialisé ponctuel, avec les jours, horaires et délais',
      });
    }
    return reports;
  },
};
