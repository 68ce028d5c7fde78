import { departementByCode } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { departementOfPostalCode, factsOf } from './facts.js';
import { answer, pointer } from './values.js';
import { listText } from './wording.js';

export const consultationHorsTerritoire: Rule = {
  id: 'consultation-hors-territoire',
  severity: 'warning',
  stages: ['lettre', 'projet'],
  source: 'trame type, §5.2 « consultation avancée »',
  description: 'Chaque lieu de consultation avancée est dans un des départements du territoire de l’ESS (d’après son code postal).',
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const territory = factsOf(dossier).cpam.territory;
    if (territory.length === 0) return reports;
    const names = listText(territory.map((d) => `${d.code} ${d.nom}`));
    (dossier.missions?.consultations_avancees?.lieux ?? []).forEach((lieu, i) => {
      const code = answer(lieu?.code_postal);
      const dep = code ? departementOfPostalCode(code) : undefined;
      if (!dep || territory.some((d) => d.code === dep)) return;
      const where = [code, answer(lieu?.commune)].filter(Boolean).join(' ');
      const depName = departementByCode.get(dep)?.nom;
      reports.push({
        path: pointer('missions', 'consultations_avancees', 'lieux', i, 'code_postal'),
        message: `La consultation avancée de ${where} est dans le département ${depName ? `${dep} ${depName}` : dep}, hors du territoire de l’ESS (${names}) : vérifiez le code postal, ou ajoutez ce département à territoire.departements`,
      });
    });
    return reports;
  },
};
