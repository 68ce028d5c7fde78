import { specialiteById } from '../referentiels/index.js';
import type { Rule, RuleReport } from './rule.js';
import { ANNUAIRE_SOURCE, listedMedecins } from './annuaire.js';

export const annuaireSpecialite: Rule = {
  id: 'annuaire-specialite',
  severity: { lettre: 'warning', projet: 'warning', rapport: 'warning' },
  requires: 'annuaire',
  source: ANNUAIRE_SOURCE,
  description: 'Avec `--annuaire` : chaque adhérent médecin a, dans l’Annuaire santé, un savoir-faire de sa spécialité (la sienne, sinon celle de l’ESS).',
  check(context) {
    const specialty = context.dossier.ess?.specialite;
    const ref = typeof specialty === 'string' ? specialiteById.get(specialty) : undefined;
    const reports: RuleReport[] = [];
    for (const { adherent: a, base, who, medecin } of listedMedecins(context)) {
      const own = typeof a.specialite === 'string' ? specialiteById.get(a.specialite) : undefined;
      const spec = own ?? ref;
      if (!spec || medecin.some((r) => spec.codes.includes(r.savoirFaire))) continue;
      const found = [...new Set(medecin.map((r) => r.savoirFaire).filter(Boolean))];
      reports.push({
        path: own ? `${base}/specialite` : base,
        at: 'value',
        message: `${who} n’a pas la spécialité ${spec.libelle} (${spec.codes.join(', ')}) dans l’Annuaire santé (${found.length ? `savoir-faire : ${found.join(', ')}` : 'aucune spécialité ordinale'}) : vérifiez sa spécialité ou demandez une dérogation.`,
      });
    }
    return reports;
  },
};
