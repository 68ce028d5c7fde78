import { specialiteById } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { factsOf } from '../facts/index.js';
import { adherentLabel } from '../facts/index.js';
import { answer, pointer } from './values.js';

const label = (id: string) => specialiteById.get(id)?.libelle ?? id;

export const adherentSpecialite: Rule = {
  id: 'adherent-specialite',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §II (plusieurs spécialités à titre dérogatoire)',
  description: 'Chaque adhérent est de la spécialité de l’ESS, sauf si l’ESS demande une dérogation (ESS de plusieurs spécialités) ; un adhérent d’une autre spécialité est compté à part.',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const main = answer(dossier.ess?.specialite);
    if (!main) return reports;
    const derogation = factsOf(dossier).derogation;
    (dossier.adherents ?? []).forEach((adherent, i) => {
      const own = answer(adherent?.specialite);
      if (!own || own === main) return;
      // Médecine générale is specialite-medecine-generale's finding (an error).
      if (specialiteById.get(own)?.eligible === false || derogation) return;
      reports.push({
        path: pointer('adherents', i, 'specialite'),
        message: `La spécialité de ${adherentLabel(adherent, i)} est « ${label(own)} », alors que celle de l’ESS est « ${label(main)} » : il n’est pas compté parmi les adhérents de la spécialité de l’ESS (seuil de 10 %), et une ESS de plusieurs spécialités n’est possible qu’à titre dérogatoire. Corrigez sa spécialité (ou retirez la ligne « specialite » pour reprendre celle de l’ESS), ou motivez une dérogation dans territoire.derogation.motif`,
      });
    });
    return reports;
  },
};
