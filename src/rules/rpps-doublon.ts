import type { Rule, RuleReport } from './rule.js';
import { adherentLabel } from '../facts/index.js';
import { answer, pointer } from './values.js';

export const rppsDoublon: Rule = {
  id: 'rpps-doublon',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'trame type, Annexe 1 « liste des médecins adhérents »',
  description: 'Un même numéro RPPS n’apparaît qu’une fois dans la liste des adhérents ; chaque répétition est signalée en nommant la ligne de la première.',
  check({ dossier, index }) {
    const reports: RuleReport[] = [];
    const adherents = dossier.adherents ?? [];
    // One pass with a map: linear in the number of adhérents.
    const first = new Map<string, number>();
    adherents.forEach((adherent, i) => {
      const rpps = answer(adherent?.rpps);
      if (!rpps) return;
      const j = first.get(rpps);
      if (j === undefined) {
        first.set(rpps, i);
        return;
      }
      const line = index.at(pointer('adherents', j, 'rpps')).line;
      reports.push({
        path: pointer('adherents', i, 'rpps'),
        message: `Le numéro RPPS ${rpps} de ${adherentLabel(adherent, i)} figure déjà ligne ${line}, pour ${adherentLabel(adherents[j], j)} : un médecin ne compte qu’une fois parmi les adhérents. Supprimez le doublon ou corrigez le numéro`,
      });
    });
    return reports;
  },
};
