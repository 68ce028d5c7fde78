import { specialiteById } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { factsOf } from './facts.js';
import { adherentLabel, answer, pointer } from './values.js';

const label = (id: string) => specialiteById.get(id)?.libelle ?? id;

export const adherentSpecialite: Rule = {
  id: 'adherent-specialite',
  severity: 'warning',
  stages: ['lettre', 'projet'],
  source: 'cahier des charges, §II (plusieurs spécialités à titre dérogatoire)',
  description: 'Chaque adhérent est de la spécialité de l’ESS, sauf si l’ESS demande une dérogation (ESS de plusieurs spécialités) ; un médecin généraliste est signalé même avec une dérogation.',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const main = answer(dossier.ess?.specialite);
    if (!main) return reports;
    const derogation = factsOf(dossier).derogation;
    (dossier.adherents ?? []).forEach((adherent, i) => {
      const own = answer(adherent?.specialite);
      if (!own || own === main) return;
      const refused = specialiteById.get(own)?.eligible === false;
      if (derogation && !refused) return;
      reports.push({
        path: pointer('adherents', i, 'specialite'),
        message: refused
          ? `La spécialité de ${adherentLabel(adherent, i)} est « ${label(own)} » : une ESS réunit des spécialistes hors médecine générale, même par dérogation. Retirez-le de la liste ou corrigez sa spécialité`
          : `La spécialité de ${adherentLabel(adherent, i)} est « ${label(own)} », alors que celle de l’ESS est « ${label(main)} » : une ESS de plusieurs spécialités n’est possible qu’à titre dérogatoire. Corrigez sa spécialité (ou retirez la ligne « specialite » pour reprendre celle de l’ESS), ou motivez une dérogation dans territoire.derogation.motif`,
      });
    });
    return reports;
  },
};
