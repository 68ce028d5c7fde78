import { departementByCode } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { departementOfPlace, factsOf, frenchList } from '../facts/index.js';
import { answer, pointer } from './values.js';

export const consultationHorsTerritoire: Rule = {
  id: 'consultation-hors-territoire',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  // A consistency check between two answers of the dossier: no text sets it as a condition.
  source: 'contrôle de cohérence entre missions.consultations_avancees.lieux et territoire.departements',
  description: 'Chaque lieu de consultation avancée est dans un des départements du territoire de l’ESS (d’après son département s’il est indiqué, sinon son code postal).',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const territory = factsOf(dossier).cpam.territory;
    if (territory.length === 0) return reports;
    const names = frenchList(territory.map((d) => `${d.code} ${d.nom}`));
    (dossier.missions?.consultations_avancees?.lieux ?? []).forEach((lieu, i) => {
      const dep = departementOfPlace(lieu);
      if (!dep || territory.some((d) => d.code === dep)) return;
      const given = answer(lieu?.departement) !== undefined;
      const where = [answer(lieu?.code_postal), answer(lieu?.commune)].filter(Boolean).join(' ') || `n° ${i + 1}`;
      const depName = departementByCode.get(dep)?.nom;
      reports.push({
        path: pointer('missions', 'consultations_avancees', 'lieux', i, given ? 'departement' : 'code_postal'),
        message: `La consultation avancée de ${where} est dans le département ${depName ? `${dep} ${depName}` : dep}, hors du territoire de l’ESS (${names}) : vérifiez ${given ? 'son département' : 'le code postal (ou indiquez le département du lieu, departement, si ce code postal est partagé par deux départements)'}, ou ajoutez ce département à territoire.departements`,
      });
    });
    return reports;
  },
};
