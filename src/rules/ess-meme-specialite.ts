import { specialiteById } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { answer, pointer } from './values.js';

export const essMemeSpecialite: Rule = {
  id: 'ess-meme-specialite',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  source: 'cahier des charges, §VI.A « il ne peut y avoir plusieurs ESS d’une même spécialité sur un même territoire »',
  description: 'Une ESS partenaire (type ess) de la même spécialité que l’ESS : vérifiez que son territoire ne recouvre pas celui de l’ESS.',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const main = answer(dossier.ess?.specialite);
    if (!main) return reports;
    (dossier.partenaires ?? []).forEach((partenaire, i) => {
      if (partenaire?.type !== 'ess' || answer(partenaire.specialite) !== main) return;
      const nom = answer(partenaire.nom);
      reports.push({
        path: pointer('partenaires', i, 'specialite'),
        message: `L’ESS partenaire${nom ? ` « ${nom} »` : ''} est de la même spécialité (${specialiteById.get(main)?.libelle ?? main}) : il ne peut y avoir plusieurs ESS d’une même spécialité sur un même territoire. Vérifiez que son territoire ne recouvre pas territoire.departements ; sinon, l’exception relève d’une dérogation validée par la CPN`,
      });
    });
    return reports;
  },
};
